<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="61" />
            <source>Demo vault: every person and case in it is fictitious.</source>
            <translation>Demokluis: alle personen en dossiers hierin zijn verzonnen.</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="77" />
            <source>Tasks due</source>
            <translation>Taken die verlopen</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="79" />
            <source>Reflection periods ending soon</source>
            <translation>Bedenktijd loopt binnenkort af</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="81" />
            <source>Intakes to resume</source>
            <translation>Intakes om af te maken</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="98" />
            <source>Dashboard</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="103" />
            <source>Open case files</source>
            <translation>Lopende dossiers</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="118" />
            <source>&amp;New signal</source>
            <translation>&amp;Nieuw signaal</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="121" />
            <source>&amp;Search</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="123" />
            <source>Make a &amp;backup</source>
            <translation>Back-up &amp;maken</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="134" />
            <source>Backup</source>
            <translation>Back-up</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="139" />
            <source>Open backups</source>
            <translation>Naar back-ups</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="186" />
            <source>All open</source>
            <translation>Alle lopende</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="191" />
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="191" />
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="234" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="203" />
            <source>Tasks due: %1 overdue, %2 today</source>
            <translation>Taken: %1 te laat, %2 vandaag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="205" />
            <source>Reflection periods ending within %n day(s)</source>
            <translation>
                <numerusform>Bedenktijd loopt af binnen %n dag</numerusform>
                <numerusform>Bedenktijd loopt af binnen %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="208" />
            <source>%1 ends on %2</source>
            <translation>%1 loopt af op %2</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="213" />
            <source>Intake from %1 (step: %2)</source>
            <translation>Intake van %1 (stap: %2)</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="232" />
            <source>None yet</source>
            <translation>Nog geen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="234" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="236" />
            <source>No backup has been made of this vault yet. Make one now.</source>
            <translation>Van deze kluis is nog geen back-up gemaakt. Maak er nu een.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="239" />
            <source>Make a backup: the last one is older than %n day(s).</source>
            <translation>
                <numerusform>Maak een back-up: de laatste is ouder dan %n dag.</numerusform>
                <numerusform>Maak een back-up: de laatste is ouder dan %n dagen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="243" />
            <source>Backups are up to date.</source>
            <translation>De back-ups zijn bijgewerkt.</translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="249" />
            <source>No tasks due.</source>
            <translation>Geen taken die verlopen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="250" />
            <source>No reflection period ends in the next %n day(s).</source>
            <translation>
                <numerusform>Er loopt de komende dag geen bedenktijd af.</numerusform>
                <numerusform>Er loopt de komende %n dagen geen bedenktijd af.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coordinator_app/ui/dashboard/page.py" line="252" />
            <source>No unfinished intakes.</source>
            <translation>Geen onafgemaakte intakes.</translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: %1</source>
            <translation>Het overzicht kon niet worden geladen: %1</translation>
        </message>
    </context>
</TS>