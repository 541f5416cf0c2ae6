<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="34" />
        <source>Privacy and security</source>
        <translation>Privacy en beveiliging</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="38" />
        <source>Save for the privacy officer…</source>
        <translation>Opslaan voor de privacy officer…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="40" />
        <source>Save the DPIA facts as a file</source>
        <translation>DPIA-gegevens als bestand opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="45" />
        <source>These are the facts your municipality's privacy officer needs for the DPIA. They follow the settings of this vault and contain no personal data.</source>
        <translation>Dit zijn de gegevens die de privacy officer van uw gemeente nodig heeft voor de DPIA. Ze volgen de instellingen van deze kluis en bevatten geen persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="51" />
        <source>DPIA facts</source>
        <translation>DPIA-gegevens</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="57" />
        <source>Privacy &amp; security</source>
        <translation>Privacy &amp; beveiliging</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="86" />
        <source>Save DPIA facts</source>
        <translation>DPIA-gegevens opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="87" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/privacy/page.py" line="95" />
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
</TS>