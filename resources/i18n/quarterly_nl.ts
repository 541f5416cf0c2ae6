<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>PreviewModel</name>
    <message>
        <source>These categories are shown together because at least one of them has a number from 1 to %1.</source>
        <translation>Deze categorieën staan samen omdat er in minstens één ervan een aantal van 1 tot en met %1 zit.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/models.py" line="36" />
        <source>Between 1 and %1: the exact number is hidden so that nobody can be recognised.</source>
        <translation>Tussen 1 en %1: het precieze aantal wordt niet getoond, zodat niemand herkenbaar is.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/models.py" line="95" />
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/models.py" line="96" />
        <source>Code in export</source>
        <translation>Code in export</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/models.py" line="97" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/models.py" line="122" />
        <source>hidden</source>
        <translation>afgeschermd</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>%1 has not been exported yet: an export stores this table, and later exports give it again.</source>
        <translation>%1 is nog niet geëxporteerd: een export bewaart deze tabel, en latere exports geven hem opnieuw.</translation>
    </message>
    <message>
        <source>Correction: an export publishes version %1 of %2 (threshold %3).</source>
        <translation>Correctie: een export publiceert versie %1 van %2 (drempel %3).</translation>
    </message>
    <message>
        <source>%1 was exported before (version %2, threshold %3): an export gives the same table.</source>
        <translation>%1 is al eerder geëxporteerd (versie %2, drempel %3): een export geeft dezelfde tabel.</translation>
    </message>
    <message>
        <source>No number had to be hidden or grouped in this quarter.</source>
        <translation>In dit kwartaal hoefde geen enkel aantal te worden afgeschermd of samengevoegd.</translation>
    </message>
    <message>
        <source>A quarter exported before gives the same table again. Tick this only to publish a corrected version from today&apos;s data; it keeps every group of the earlier version together.</source>
        <translation>Een kwartaal dat al is geëxporteerd, geeft opnieuw dezelfde tabel. Vink dit alleen aan om een gecorrigeerde versie met de gegevens van nu te publiceren; elke groep van de eerdere versie blijft samen.</translation>
    </message>
    <message>
        <source>Publish a corrected version of a quarter exported before</source>
        <translation>Een gecorrigeerde versie publiceren van een kwartaal dat al is geëxporteerd</translation>
    </message>
    <message>
        <source>C&amp;orrection (new version)</source>
        <translation>C&amp;orrectie (nieuwe versie)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="85" />
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="381" />
        <source>Reports</source>
        <translation>Rapportages</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="88" />
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="94" />
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="89" />
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="95" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="89" />
        <source>Route outcomes</source>
        <translation>Meldroute</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="90" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="104" />
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="106" />
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="111" />
        <source>&amp;Threshold:</source>
        <translation>&amp;Drempel:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="115" />
        <source>Threshold for hiding small numbers</source>
        <translation>Drempel voor het afschermen van kleine aantallen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="116" />
        <source>Numbers from 1 up to the threshold minus one are hidden.</source>
        <translation>Aantallen van 1 tot de drempel worden afgeschermd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="124" />
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="126" />
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="126" />
        <source>E&amp;xcel (XLSX)…</source>
        <translation>E&amp;xcel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="126" />
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-rapportage…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="129" />
        <source>Export as %1</source>
        <translation>Exporteren als %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="142" />
        <source> (running)</source>
        <translation> (loopt nog)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="155" />
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="251" />
        <source>(setting: %1)</source>
        <translation>(instelling: %1)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="292" />
        <source>Computing the figures of %1…</source>
        <translation>Cijfers van %1 worden berekend…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="331" />
        <source>Export leaves the vault</source>
        <translation>Export komt buiten de kluis</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="332" />
        <source>The file is saved outside the encrypted vault. It contains only the counts shown here, with small numbers hidden: no names, case numbers, notes or dates finer than the quarter.

Keep it with the municipality&apos;s reports and share it only with those who need it.</source>
        <translation>Het bestand wordt buiten de versleutelde kluis opgeslagen. Er staan alleen de aantallen in die u hier ziet, met kleine aantallen afgeschermd: geen namen, dossiernummers, notities of datums die preciezer zijn dan het kwartaal.

Bewaar het bij de rapportages van de gemeente en deel het alleen met wie het nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="337" />
        <source>Choose where to save…</source>
        <translation>Kies waar u het opslaat…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="338" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="347" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="347" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="348" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="349" />
        <source>Save the quarterly figures</source>
        <translation>Kwartaalcijfers opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="370" />
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/page.py" line="377" />
        <source>Writing the %1 file…</source>
        <translation>%1-bestand wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>ReportsSidePanel</name>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/side_panel.py" line="20" />
        <location filename="../../coordinator_app/ui/quarterly/side_panel.py" line="24" />
        <source>Trend over the last four quarters</source>
        <translation>Ontwikkeling over de laatste vier kwartalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/side_panel.py" line="25" />
        <source>No figures yet.</source>
        <translation>Nog geen cijfers.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/side_panel.py" line="27" />
        <source>What is hidden, and why?</source>
        <translation>Wat is afgeschermd, en waarom?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/quarterly/side_panel.py" line="35" />
        <source>An export is a file outside the encrypted vault. It holds counts per quarter only, with small numbers hidden: no names, case numbers, notes or dates.</source>
        <translation>Een export is een bestand buiten de versleutelde kluis. Er staan alleen aantallen per kwartaal in, met kleine aantallen afgeschermd: geen namen, dossiernummers, notities of datums.</translation>
    </message>
</context>
</TS>
