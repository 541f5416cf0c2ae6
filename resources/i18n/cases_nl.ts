<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="322" />
        <source>Exported for the person (access request)</source>
        <translation>Geëxporteerd voor de persoon (inzageverzoek)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="296" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="297" />
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="298" />
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="299" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="303" />
        <source>Audit events of this case</source>
        <translation>Auditgebeurtenissen van dit dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="309" />
        <source>The audit trail records what happened and when, never personal data.</source>
        <translation>Het auditspoor legt vast wat er wanneer is gebeurd, nooit persoonsgegevens.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="316" />
        <source>Case created</source>
        <translation>Dossier aangemaakt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="316" />
        <source>Case changed</source>
        <translation>Dossier gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="317" />
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="317" />
        <source>Case reopened</source>
        <translation>Dossier heropend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="318" />
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="318" />
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="319" />
        <source>Document deleted</source>
        <translation>Document verwijderd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="319" />
        <source>Copy of document saved</source>
        <translation>Kopie van document opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="320" />
        <source>Document printed</source>
        <translation>Document afgedrukt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="321" />
        <source>Letter created</source>
        <translation>Brief gemaakt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="321" />
        <source>Letter printed</source>
        <translation>Brief afgedrukt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="322" />
        <source>Copy of letter saved</source>
        <translation>Kopie van brief opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="322" />
        <source>Intake completed</source>
        <translation>Intake afgerond</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="334" />
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="334" />
        <source>open again</source>
        <translation>weer open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="338" />
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="338" />
        <source>journal</source>
        <translation>journaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="338" />
        <source>task</source>
        <translation>taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="339" />
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="339" />
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="339" />
        <source>indicator</source>
        <translation>signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="340" />
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="340" />
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="77" />
        <source>E&amp;xport for the person…</source>
        <translation>Inzage-e&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="79" />
        <source>Everything stored about this person, as a PDF to read or a JSON file (access request, GDPR articles 15 and 20)</source>
        <translation>Alles wat over deze persoon is opgeslagen, als pdf om te lezen of als JSON-bestand (inzageverzoek, artikel 15 en 20 AVG)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="180" />
        <source>Export everything stored about this person</source>
        <translation>Alles exporteren wat over deze persoon is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="183" />
        <source>PDF to read (*.pdf)</source>
        <translation>Pdf om te lezen (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="183" />
        <source>JSON, machine-readable (*.json)</source>
        <translation>JSON, machineleesbaar (*.json)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="59" />
        <source>← &amp;Back to the list</source>
        <translation>← Ter&amp;ug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="70" />
        <source>Change s&amp;tatus</source>
        <translation>Status &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="74" />
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="99" />
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="100" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="101" />
        <source>Exploitation &amp;&amp; signals</source>
        <translation>Uitbuiting &amp;&amp; signalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="102" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="102" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="103" />
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="103" />
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="104" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="104" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="105" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="124" />
        <source>Key facts</source>
        <translation>Kerngegevens</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="127" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="127" />
        <source>Primary form</source>
        <translation>Hoofdvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="128" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="128" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="129" />
        <source>Reflection period ends</source>
        <translation>Einde bedenktijd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="129" />
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="136" />
        <source>Dates and risk</source>
        <translation>Data en risico</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="138" />
        <source>Route: done and still to do</source>
        <translation>Route: gedaan en nog te doen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="140" />
        <location filename="../../coordinator_app/ui/cases/detail.py" line="143" />
        <source>Next tasks</source>
        <translation>Eerstvolgende taken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="159" />
        <source>Indicators seen (keep facts, observations and interpretations apart)</source>
        <translation>Waargenomen signalen (houd feiten, waarnemingen en interpretaties uit elkaar)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="202" />
        <source>name unknown</source>
        <translation>naam onbekend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="213" />
        <source>%1 journal note(s), %2 document(s), %3 partner(s)</source>
        <translation>%1 journaalnotitie(s), %2 document(en), %3 partner(s)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="225" />
        <source>(ends %1)</source>
        <translation>(eindigt %1)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="227" />
        <source>still to do</source>
        <translation>nog te doen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="240" />
        <source>no due date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="243" />
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="247" />
        <source>No open tasks</source>
        <translation>Geen open taken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="253" />
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="253" />
        <source>To “%1”</source>
        <translation>Naar ‘%1’</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="256" />
        <source>Close case…</source>
        <translation>Dossier sluiten…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="331" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="332" />
        <source>This case has changes that are not saved yet.</source>
        <translation>Dit dossier heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="336" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="337" />
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/detail.py" line="338" />
        <source>Stay here</source>
        <translation>Hier blijven</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="80" />
        <source>Signal &amp;received</source>
        <translation>Signaal &amp;ontvangen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="81" />
        <source>&amp;Opened</source>
        <translation>G&amp;eopend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="82" />
        <source>Ris&amp;k level</source>
        <translation>Ris&amp;iconiveau</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="82" />
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="89" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Anoniem</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="89" />
        <source>The person stays anonymous</source>
        <translation>De betrokkene blijft anoniem</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="90" />
        <source>First na&amp;me</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="91" />
        <source>&amp;Last name</source>
        <translation>A&amp;chternaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="92" />
        <source>Al&amp;ias</source>
        <translation>A&amp;lias</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="93" />
        <source>&amp;Date of birth</source>
        <translation>Geboorte&amp;datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="96" />
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="97" />
        <source>&amp;Estimated age (at the signal)</source>
        <translation>Geschatte leeft&amp;ijd (bij het signaal)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="98" />
        <source>Gende&amp;r</source>
        <translation>G&amp;eslacht</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="100" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="103" />
        <source>&amp;Nationality</source>
        <translation>&amp;Nationaliteit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="105" />
        <source>For example: Romanian, English</source>
        <translation>Bijvoorbeeld: Roemeens, Engels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="106" />
        <source>Lang&amp;uages</source>
        <translation>&amp;Talen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="107" />
        <source>Inter&amp;preter</source>
        <translation>T&amp;olk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="108" />
        <source>An interpreter is needed</source>
        <translation>Er is een tolk nodig</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="109" />
        <source>Interpreter language</source>
        <translation>Taal van de tol&amp;k</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="110" />
        <source>&amp;Safe way to make contact</source>
        <translation>Veilige &amp;manier van contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="111" />
        <source>Current &amp;whereabouts</source>
        <translation>Huidige verblijf&amp;plaats</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="112" />
        <source>Safet&amp;y notes</source>
        <translation>Veiligheid&amp;snotities</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="112" />
        <source>&amp;Care needs</source>
        <translation>&amp;Zorgbehoeften</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="124" />
        <source>Exploitation and signal</source>
        <translation>Uitbuiting en signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="127" />
        <source>&amp;Primary form</source>
        <translation>Hoo&amp;fdvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="141" />
        <source>Other forms</source>
        <translation>Andere vormen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="142" />
        <source>Sector (&amp;labour)</source>
        <translation>Sector (&amp;arbeid)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="143" />
        <source>Referre&amp;d by</source>
        <translation>Mel&amp;der</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="144" />
        <source>&amp;Municipality</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/forms.py" line="147" />
        <source>The signal in the reporter&apos;s &amp;words</source>
        <translation>Het signaal in de woorden van de m&amp;elder</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="34" />
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="34" />
        <source>Name or alias</source>
        <translation>Naam of alias</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="34" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="34" />
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="35" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="35" />
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="35" />
        <source>Next task due</source>
        <translation>Volgende taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="35" />
        <source>Reflection period ends</source>
        <translation>Einde bedenktijd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="138" />
        <source>This case has an overdue task</source>
        <translation>Dit dossier heeft een verlopen taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_model.py" line="147" />
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Open (not closed)</source>
        <translation>Open (niet gesloten)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="57" />
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="58" />
        <source>Search by case number, name, alias or journal text</source>
        <translation>Zoek op dossiernummer, naam, alias of journaaltekst</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="60" />
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="61" />
        <source>Filter on status</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="62" />
        <source>All forms</source>
        <translation>Alle vormen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="63" />
        <source>Filter on form of exploitation</source>
        <translation>Filter op uitbuitingsvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="64" />
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="65" />
        <source>Filter on municipality</source>
        <translation>Filter op gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="66" />
        <source>All ages</source>
        <translation>Alle leeftijden</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="67" />
        <source>Filter on age group at opening</source>
        <translation>Filter op leeftijdsgroep bij opening</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="68" />
        <source>Overdue task</source>
        <translation>Verlopen taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="70" />
        <source>Only cases with an overdue task</source>
        <translation>Alleen dossiers met een verlopen taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="73" />
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="76" />
        <source>&amp;Retention review…</source>
        <translation>Bewaar&amp;termijnen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="79" />
        <source>&amp;New signal</source>
        <translation>&amp;Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/page.py" line="85" />
        <location filename="../../coordinator_app/ui/cases/page.py" line="138" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coordinator_app/ui/cases/page.py" line="163" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/close_dialog.py" line="16" />
        <source>Close case</source>
        <translation>Dossier sluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/close_dialog.py" line="17" />
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/close_dialog.py" line="18" />
        <source>Closing reason</source>
        <translation>Reden van sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coordinator_app/ui/cases/close_dialog.py" line="22" />
        <source>Also mark the %n open task(s) as done</source>
        <translation>
            <numerusform>Ook %n open taak als afgerond markeren</numerusform>
            <numerusform>Ook %n open taken als afgerond markeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/close_dialog.py" line="30" />
        <source>&amp;Reason for closing</source>
        <translation>&amp;Reden van sluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/close_dialog.py" line="37" />
        <source>Choose the reason for closing.</source>
        <translation>Kies de reden van sluiten.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="121" />
        <source>Consent records</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="125" />
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="126" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="126" />
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="129" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="126" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="127" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="128" />
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="129" />
        <source>In writing</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="130" />
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="135" />
        <source>The person (or parent/guardian) gave consent</source>
        <translation>De betrokkene (of ouder/voogd) gaf toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="138" />
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="141" />
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="139" />
        <source>Consent given in writing</source>
        <translation>Schriftelijke toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="145" />
        <source>From 16 the person signs; under 16 a parent or guardian. Without consent, record the legal ground.</source>
        <translation>Vanaf 16 jaar tekent de betrokkene zelf, onder de 16 een ouder of voogd. Zonder toestemming legt u de wettelijke grondslag vast.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="150" />
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="151" />
        <source>&amp;Consent</source>
        <translation>&amp;Toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="152" />
        <source>&amp;Date</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="153" />
        <source>S&amp;igned by</source>
        <translation>Onde&amp;rtekend door</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="155" />
        <source>&amp;Legal ground</source>
        <translation>&amp;Grondslag</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="156" />
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="67" />
        <source>This PDF cannot be shown.</source>
        <translation>Deze pdf kan niet worden getoond.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="84" />
        <source>This file cannot be shown here. Save a copy to open it elsewhere.</source>
        <translation>Dit bestand kan hier niet worden getoond. Sla een kopie op om het elders te openen.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="106" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="107" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="108" />
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="109" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="110" />
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="114" />
        <source>Documents of this case</source>
        <translation>Documenten van dit dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="127" />
        <source>New &amp;letter…</source>
        <translation>&amp;Nieuwe brief…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="128" />
        <source>&amp;Add file…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="129" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="130" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="131" />
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="132" />
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="139" />
        <source>Documents are stored encrypted in the vault (up to 200 MB each). They are shown from memory; a saved copy is not encrypted.</source>
        <translation>Documenten worden versleuteld in de kluis bewaard (tot 200 MB per bestand). Ze worden vanuit het geheugen getoond; een opgeslagen kopie is niet versleuteld.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="181" />
        <source>Add a file to this case</source>
        <translation>Bestand aan dit dossier toevoegen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="191" />
        <source>Storing the file in the vault…</source>
        <translation>Bestand wordt in de kluis opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="194" />
        <source>Storing the file in the vault… %1</source>
        <translation>Bestand wordt in de kluis opgeslagen… %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="197" />
        <source>The file is stored in the vault.</source>
        <translation>Het bestand is in de kluis opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="218" />
        <source>This kind of file cannot be shown here; save a copy to open it.</source>
        <translation>Dit soort bestand kan hier niet worden getoond; sla een kopie op om het te openen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="231" />
        <source>Only PDF documents can be printed from here; save a copy to print others.</source>
        <translation>Alleen pdf-documenten kunnen hier worden afgedrukt; sla van andere bestanden een kopie op om ze af te drukken.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="247" />
        <source>Save an unencrypted copy</source>
        <translation>Onversleutelde kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="248" />
        <source>The copy is NOT encrypted. Anyone with access to the folder can read it. Save it only where it is safe, and delete it when you no longer need it.</source>
        <translation>De kopie is NIET versleuteld. Iedereen met toegang tot de map kan haar lezen. Sla haar alleen op een veilige plek op en verwijder haar zodra u haar niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="257" />
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="266" />
        <source>An unencrypted copy was saved.</source>
        <translation>Er is een onversleutelde kopie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="272" />
        <source>Delete document</source>
        <translation>Document verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_docs.py" line="273" />
        <source>Delete “%1” from the vault for good?</source>
        <translation>‘%1’ definitief uit de kluis verwijderen?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 row(s) may be a person already known, in the vault or from an earlier row of this file: choose for each whether it is the same person or a new person before importing.</source>
        <translation>%1 regel(s) gaan misschien over een persoon die al bekend is, in de kluis of uit een eerdere regel van dit bestand: kies per regel of het dezelfde persoon is of een nieuwe persoon, voordat u importeert.</translation>
    </message>
    <message>
        <source>Imported: %1 new case(s), %2 updated, %3 skipped, %4 added to the file of a person already known, %5 added to the case an earlier row of this file opened.</source>
        <translation>Geïmporteerd: %1 nieuw(e) dossier(s), %2 bijgewerkt, %3 overgeslagen, %4 toegevoegd aan het dossier van een al bekende persoon, %5 toegevoegd aan het dossier dat een eerdere regel van dit bestand opende.</translation>
    </message>
    <message>
        <source>Is this person already known?</source>
        <translation>Is deze persoon al bekend?</translation>
    </message>
    <message>
        <source>These rows may be about a person who already has a file, or about the same person as an earlier row of this file. Choose a row, then the known person and 'This is the same person' (the row is added to that file, or to the case the earlier row opens, as a new signal), or 'New person' (a new case). Nothing is imported until every row has a choice.</source>
        <translation>Deze regels gaan misschien over een persoon die al een dossier heeft, of over dezelfde persoon als een eerdere regel van dit bestand. Kies een regel en dan de bekende persoon en 'Dit is dezelfde persoon' (de regel komt als nieuw signaal in dat dossier, of in het dossier dat de eerdere regel opent), of 'Nieuwe persoon' (een nieuw dossier). Er wordt niets geïmporteerd voordat elke regel een keuze heeft.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Rows that may be a known person</source>
        <translation>Regels die een bekende persoon kunnen zijn</translation>
    </message>
    <message>
        <source>Case or row</source>
        <translation>Dossier of regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <translation>Geboortedatum of leeftijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Known persons who may be the same</source>
        <translation>Bekende personen die dezelfde kunnen zijn</translation>
    </message>
    <message>
        <source>This is the &amp;same person</source>
        <translation>Dit is &amp;dezelfde persoon</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe persoon</translation>
    </message>
    <message>
        <source>&amp;All remaining rows as new persons</source>
        <translation>&amp;Alle overige regels als nieuwe persoon</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>nieuwe persoon</translation>
    </message>
    <message>
        <source>same person as %1</source>
        <translation>dezelfde persoon als %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>ongeveer %1 jaar</translation>
    </message>
    <message>
        <source>looks like: %1</source>
        <translation>lijkt op: %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <source>looks like</source>
        <translation>lijkt op</translation>
    </message>
    <message>
        <source>other spelling</source>
        <translation>andere schrijfwijze</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>zelfde geboortedatum</translation>
    </message>
    <message>
        <source>about the same age</source>
        <translation>ongeveer even oud</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>zelfde nationaliteit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="37" />
        <source>Import cases from a spreadsheet</source>
        <translation>Dossiers importeren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="43" />
        <source>Choose a CSV, Excel (.xlsx) or LibreOffice (.ods) file with the columns of the template. Values may be codes or Dutch names; dates as YYYY-MM-DD or DD-MM-YYYY. Every row is checked before anything is imported.</source>
        <translation>Kies een CSV-, Excel- (.xlsx) of LibreOffice-bestand (.ods) met de kolommen van het sjabloon. Waarden mogen codes of Nederlandse namen zijn; datums als JJJJ-MM-DD of DD-MM-JJJJ. Elke regel wordt gecontroleerd voordat er iets wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="46" />
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="49" />
        <source>Save empty &amp;template…</source>
        <translation>Leeg &amp;sjabloon opslaan…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="52" />
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="64" />
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="64" />
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="65" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="69" />
        <source>Problems found in the file</source>
        <translation>Gevonden problemen in het bestand</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="75" />
        <source>Skip case numbers that already exist</source>
        <translation>Bestaande dossiernummers overslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="78" />
        <source>Update cases whose case number already exists</source>
        <translation>Dossiers met een bestaand dossiernummer bijwerken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="83" />
        <source>Import only the good rows (the rows with problems are left out)</source>
        <translation>Alleen de goede regels importeren (regels met problemen worden overgeslagen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="86" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="89" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="107" />
        <source>Choose a spreadsheet</source>
        <translation>Kies een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="108" />
        <source>Spreadsheets (*.csv *.xlsx *.ods *.txt)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.ods *.txt)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="108" />
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="113" />
        <source>Save an empty template</source>
        <translation>Leeg sjabloon opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="115" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="115" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="119" />
        <source>The empty template was saved.</source>
        <translation>Het lege sjabloon is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="127" />
        <source>Checking every row…</source>
        <translation>Alle regels worden gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="78" />
        <source>Progress of the check</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="162" />
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="172" />
        <source>Checking row %1 of %2…</source>
        <translation>Regel %1 van %2 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="173" />
        <source>Is this person already known? Row %1 of %2…</source>
        <translation>Is deze persoon al bekend? Regel %1 van %2…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="151" />
        <source>%1 row(s): %2 good, %3 with problems, %4 with a case number that already exists.</source>
        <translation>%1 regel(s): %2 goed, %3 met problemen, %4 met een dossiernummer dat al bestaat.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="155" />
        <source>Nothing is imported until the file is correct, unless you import only the good rows.</source>
        <translation>Er wordt niets geïmporteerd totdat het bestand klopt, tenzij u alleen de goede regels importeert.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="158" />
        <source>Unknown columns: %1. Nothing is imported until you rename them in the file or choose to import without them.</source>
        <translation>Onbekende kolommen: %1. Er wordt niets geïmporteerd totdat u ze in het bestand een andere naam geeft of kiest om zonder die kolommen te importeren.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="160" />
        <source>Row(s) %1 above the column headers were skipped as a title.</source>
        <translation>Regel(s) %1 boven de kolomkoppen zijn als titel overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="85" />
        <source>Import without the unknown columns (their values are not stored)</source>
        <translation>Importeren zonder de onbekende kolommen (hun waarden worden niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/import_dialog.py" line="87" />
        <source>Import without the unknown columns</source>
        <translation>Importeren zonder de onbekende kolommen</translation>
    </message>
    <message>
        <source>same person as row %1 of this file</source>
        <translation>dezelfde persoon als regel %1 van dit bestand</translation>
    </message>
    <message>
        <source>Row %1 of this file</source>
        <translation>Regel %1 van dit bestand</translation>
    </message>
    <message>
        <source>new in this import</source>
        <translation>nieuw in deze import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>De controle annuleren</translation>
    </message>
    <message>
        <source>The same person twice in this file? Row %1 of %2…</source>
        <translation>Twee keer dezelfde persoon in dit bestand? Regel %1 van %2…</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>De controle wordt geannuleerd…</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was imported.</source>
        <translation>De controle is geannuleerd. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="40" />
        <source>Indicators seen</source>
        <translation>Waargenomen signalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="43" />
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="43" />
        <source>Observation</source>
        <translation>Waarneming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="44" />
        <source>Interpretation</source>
        <translation>Interpretatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="48" />
        <source>Indicator</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="49" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="50" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="51" />
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="59" />
        <source>(choose an indicator)</source>
        <translation>(kies een signaal)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="68" />
        <source>Who saw or said it</source>
        <translation>Wie zag of zei het</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="69" />
        <source>&amp;Indicator</source>
        <translation>S&amp;ignaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="70" />
        <source>&amp;Kind</source>
        <translation>S&amp;oort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="71" />
        <source>Sou&amp;rce</source>
        <translation>B&amp;ron</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="99" />
        <source>Journal, newest first</source>
        <translation>Journaal, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="102" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="102" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="108" />
        <source>Type a note and press Ctrl+Enter to add it</source>
        <translation>Typ een notitie en druk op Ctrl+Enter om haar toe te voegen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="110" />
        <source>&amp;Date</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="111" />
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="70" />
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="73" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="77" />
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="80" />
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="109" />
        <source>Nothing recorded yet. Fill in the form below and choose Save.</source>
        <translation>Nog niets vastgelegd. Vul het formulier hieronder in en kies Opslaan.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="213" />
        <source>Edit the selected item</source>
        <translation>Geselecteerd item bewerken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="213" />
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="221" />
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="233" />
        <source>Change saved.</source>
        <translation>Wijziging opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/list_editor.py" line="247" />
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>NetworkPicker</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="219" />
        <source>Choose from the address book</source>
        <translation>Kiezen uit het adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="224" />
        <source>Search the address book</source>
        <translation>Zoeken in het adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="225" />
        <source>Search by name, organisation or function</source>
        <translation>Zoek op naam, organisatie of functie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="228" />
        <source>Contacts and organisations</source>
        <translation>Contactpersonen en organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="249" />
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="249" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click or Space to choose several</source>
        <translation>Ctrl+klik, Shift+klik of spatiebalk om er meerdere te kiezen</translation>
    </message>
    <message>
        <source>To choose several: Ctrl+click or Shift+click, or the arrow keys and Space.</source>
        <translation>Meerdere kiezen: Ctrl+klik of Shift+klik, of de pijltjestoetsen en de spatiebalk.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="269" />
        <source>Involved partners</source>
        <translation>Betrokken partners</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="273" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="274" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="275" />
        <source>Role in this case</source>
        <translation>Rol in dit dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="276" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="277" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="278" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="283" />
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="330" />
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="286" />
        <source>&amp;Choose from address book…</source>
        <translation>&amp;Kiezen uit adresboek…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="298" />
        <source>Contact or org&amp;anisation</source>
        <translation>&amp;Contactpersoon of organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="299" />
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="300" />
        <source>S&amp;ince</source>
        <translation>S&amp;inds</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="301" />
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="83" />
        <source>Retention review</source>
        <translation>Bewaartermijnen beoordelen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="87" />
        <source>These cases are past their retention period: closed cases after the period set in the settings (default 15 years after closing) and signals that never became a case (default 5 years). Select the cases to delete and confirm with your passphrase. Deletion is final and is recorded in the audit trail without personal data.</source>
        <translation>Van deze dossiers is de bewaartermijn verstreken: gesloten dossiers na de termijn uit de instellingen (standaard 15 jaar na sluiting) en signalen die nooit een dossier werden (standaard 5 jaar). Selecteer de dossiers die weg mogen en bevestig met uw wachtwoord. Verwijderen is definitief en wordt zonder persoonsgegevens in het auditspoor vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="93" />
        <source>Note: backups made earlier still hold these cases until they are rotated out.</source>
        <translation>Let op: eerder gemaakte back-ups bevatten deze dossiers nog totdat ze worden vervangen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="98" />
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="99" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="100" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="100" />
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="100" />
        <source>signal only</source>
        <translation>alleen signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="101" />
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="102" />
        <source>Retention ended</source>
        <translation>Termijn verstreken op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="106" />
        <source>Cases past their retention period</source>
        <translation>Dossiers waarvan de bewaartermijn is verstreken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="114" />
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="117" />
        <source>Select &amp;none</source>
        <translation>&amp;Niets selecteren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="121" />
        <source>Passphrase of the vault</source>
        <translation>Wachtwoord van de kluis</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="129" />
        <source>&amp;Delete selected cases</source>
        <translation>Geselecteerde dossiers &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="132" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="139" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="160" />
        <source>%n case(s) past the retention period</source>
        <translation>
            <numerusform>%n dossier met verstreken bewaartermijn</numerusform>
            <numerusform>%n dossiers met verstreken bewaartermijn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="168" />
        <source>Select the cases to delete first.</source>
        <translation>Selecteer eerst de dossiers die u wilt verwijderen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="171" />
        <source>Enter your passphrase to confirm the deletion.</source>
        <translation>Vul uw wachtwoord in om het verwijderen te bevestigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coordinator_app/ui/cases/retention_dialog.py" line="187" />
        <source>%n case(s) deleted.</source>
        <translation>
            <numerusform>%n dossier verwijderd.</numerusform>
            <numerusform>%n dossiers verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="29" />
        <source>Route milestones</source>
        <translation>Stappen van de route</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="33" />
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="34" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="35" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="36" />
        <source>Reflection period ends</source>
        <translation>Einde bedenktijd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="37" />
        <source>Shelter type</source>
        <translation>Soort opvang</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="38" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="39" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="48" />
        <source>(no shelter)</source>
        <translation>(geen opvang)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="51" />
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="67" />
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="54" />
        <source>Ste&amp;p</source>
        <translation>Sta&amp;p</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="55" />
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="56" />
        <source>&amp;Date</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="58" />
        <source>Shelter t&amp;ype</source>
        <translation>Soort o&amp;pvang</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="59" />
        <source>&amp;Who (organisation)</source>
        <translation>Wie (o&amp;rganisatie)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="60" />
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="87" />
        <source>The reflection period ends on %1; a reminder task is added.</source>
        <translation>De bedenktijd eindigt op %1; er komt een herinneringstaak bij.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_route.py" line="88" />
        <source>Enter the start date: the end date is start + 3 months.</source>
        <translation>Vul de begindatum in: de einddatum is begin + 3 maanden.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n dag van tevoren</numerusform>
            <numerusform>%n dagen van tevoren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="141" />
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="145" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="146" />
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="147" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="148" />
        <source>Remind (days before)</source>
        <translation>Herinnering (dagen vooraf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="149" />
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="162" />
        <source>Tas&amp;k</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="163" />
        <source>D&amp;ue date</source>
        <translation>Uiterlijk o&amp;p</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="164" />
        <source>&amp;Reminder</source>
        <translation>He&amp;rinnering</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="165" />
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="166" />
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="178" />
        <source>&amp;Mark as done</source>
        <translation>Markeren als ge&amp;daan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/cases/tabs_work.py" line="178" />
        <source>Mark as open &amp;again</source>
        <translation>W&amp;eer openzetten</translation>
    </message>
</context>
</TS>
