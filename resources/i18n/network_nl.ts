<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="162"/>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="162"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="164"/>
        <source>A first name, last name, nickname or e-mail address is enough.</source>
        <translation>Een voornaam, achternaam, roepnaam of e-mailadres is genoeg.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="168"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="169"/>
        <source>&amp;Last name</source>
        <translation>Ac&amp;hternaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="170"/>
        <source>Nic&amp;kname</source>
        <translation>&amp;Roepnaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="171"/>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="173"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="175"/>
        <source>Depart&amp;ment</source>
        <translation>Af&amp;deling</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="176"/>
        <source>F&amp;unction</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="177"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="178"/>
        <source>Second phone</source>
        <translation>Tweede telefoonn&amp;ummer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="179"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="180"/>
        <source>&amp;Address</source>
        <translation>Adre&amp;s</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="183"/>
        <source>Postal co&amp;de</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="184"/>
        <source>C&amp;ity</source>
        <translation>Pl&amp;aats</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="185"/>
        <source>&amp;Region</source>
        <translation>Provincie of regio</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="186"/>
        <source>Cou&amp;ntry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="187"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="188"/>
        <source>&amp;Birthday</source>
        <translation>Ver&amp;jaardag</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="189"/>
        <source>(no preference)</source>
        <translation>(geen voorkeur)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="191"/>
        <source>&amp;Preferred contact</source>
        <translation>Voor&amp;keur contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="194"/>
        <source>Lan&amp;guages</source>
        <translation>Ta&amp;len</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="195"/>
        <source>e.g. Polish, Romanian, English</source>
        <translation>bijv. Pools, Roemeens, Engels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="199"/>
        <source>Spe&amp;cialisms</source>
        <translation>Sp&amp;ecialismen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="200"/>
        <source>e.g. minors, labour exploitation, men</source>
        <translation>bijv. minderjarigen, arbeidsuitbuiting, mannen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="204"/>
        <source>Last con&amp;tact</source>
        <translation>Laatste &amp;contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="206"/>
        <source>Notes</source>
        <translation>Not&amp;ities</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="50"/>
        <source>Choose from the address book</source>
        <translation>Kiezen uit het adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="57"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="60"/>
        <source>Search the address book</source>
        <translation>Zoeken in het adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="61"/>
        <source>Name, organisation, function, phone, e-mail…</source>
        <translation>Naam, organisatie, functie, telefoon, e-mail…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="68"/>
        <source>Show</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="70"/>
        <source>People and organisations</source>
        <translation>Personen en organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="72"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="74"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="83"/>
        <source>Address book</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="101"/>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="103"/>
        <source>New &amp;organisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="111"/>
        <source>&amp;Choose</source>
        <translation>&amp;Kiezen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/picker.py" line="116"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click or Space to choose several</source>
        <translation>Ctrl+klik, Shift+klik of spatiebalk om er meerdere te kiezen</translation>
    </message>
    <message>
        <source>To choose several: Ctrl+click or Shift+click, or the arrow keys and Space.</source>
        <translation>Meerdere kiezen: Ctrl+klik of Shift+klik, of de pijltjestoetsen en de spatiebalk.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Choose (%n)</source>
        <translation>
            <numerusform>&amp;Kiezen (%n)</numerusform>
            <numerusform>&amp;Kiezen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="81"/>
        <source>Copy pho&amp;ne</source>
        <translation>Telefoon&amp;nummer kopiëren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="82"/>
        <source>Copy e-&amp;mail</source>
        <translation>&amp;E-mailadres kopiëren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="84"/>
        <source>Con&amp;tact moment…</source>
        <translation>Contact&amp;moment…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="85"/>
        <source>De&amp;lete</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="107"/>
        <source>Cases this contact is involved in</source>
        <translation>Dossiers waarbij deze contactpersoon betrokken is</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="118"/>
        <source>Choose an organisation or a person in the list.</source>
        <translation>Kies een organisatie of persoon in de lijst.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="129"/>
        <source>Phone number copied; the clipboard is cleared after 30 seconds.</source>
        <translation>Telefoonnummer gekopieerd; het klembord wordt na 30 seconden gewist.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="134"/>
        <source>E-mail address copied; the clipboard is cleared after 30 seconds.</source>
        <translation>E-mailadres gekopieerd; het klembord wordt na 30 seconden gewist.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="169"/>
        <source>from the regional template</source>
        <translation>uit het regionale sjabloon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="180"/>
        <source>%1 of %2 (confirmed %3)</source>
        <translation>%1 van %2 (bevestigd op %3)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/detail.py" line="216"/>
        <source>Cases (%1) · this year: %2 cases, %3 contact moments</source>
        <translation>Dossiers (%1) · dit jaar: %2 dossiers, %3 contactmomenten</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="126"/>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="131"/>
        <source>&lt;b&gt;The exported file is not encrypted.&lt;/b&gt; Anyone who gets hold of it can read these names, phone numbers and notes. Save it only where it is safe, and delete it when you no longer need it.</source>
        <translation>&lt;b&gt;Het exportbestand is niet versleuteld.&lt;/b&gt; Iedereen die het in handen krijgt, kan deze namen, telefoonnummers en notities lezen. Bewaar het alleen op een veilige plek en verwijder het zodra u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="142"/>
        <source>The &amp;selected entries (%1)</source>
        <translation>De &amp;geselecteerde vermeldingen (%1)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="143"/>
        <source>All entries shown in the &amp;list (%1)</source>
        <translation>Alle vermeldingen die de lijst &amp;toont (%1)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="144"/>
        <source>The &amp;whole address book (%1)</source>
        <translation>Het &amp;hele adresboek (%1)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="155"/>
        <source>Which entries:</source>
        <translation>Welke vermeldingen:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="159"/>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="160"/>
        <source>vCard 3.0 (.vcf) — Outlook, Google, Apple</source>
        <translation>vCard 3.0 (.vcf) — Outlook, Google, Apple</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="161"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="162"/>
        <source>CSV (.csv) — spreadsheet</source>
        <translation>CSV (.csv) — spreadsheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="163"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="170"/>
        <source>Choose file and &amp;export…</source>
        <translation>Bestand kiezen en &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="173"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="25"/>
        <source>Search name, organisation, function, phone, e-mail, notes…</source>
        <translation>Zoek op naam, organisatie, functie, telefoon, e-mail, notities…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="28"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="28"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="29"/>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="32"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="37"/>
        <source>e.g. minors</source>
        <translation>bijv. minderjarigen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="27"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="44"/>
        <source>(no filter)</source>
        <translation>(geen filter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="45"/>
        <source>Places free for %1</source>
        <translation>Plaats vrij voor %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="49"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="50"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="51"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="52"/>
        <source>M&amp;unicipality:</source>
        <translation>Gemeen&amp;te:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="53"/>
        <source>Spe&amp;cialism:</source>
        <translation>Spe&amp;cialisme:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/filter_bar.py" line="54"/>
        <source>Shelte&amp;r:</source>
        <translation>Op&amp;vang:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="1"/>
        <source>Card %1 (%2): %3</source>
        <translation>Kaart %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="1"/>
        <source>Some properties cannot be read and are not imported; the rest of these cards is:</source>
        <translation>Sommige eigenschappen zijn onleesbaar en worden niet geïmporteerd; de rest van deze kaarten wel:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="90"/>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="91"/>
        <source>Writing entry %v of %m…</source>
        <translation>Vermelding %v van %m wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="41"/>
        <source>Import contacts: preview</source>
        <translation>Contacten importeren: voorbeeld</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="45"/>
        <source>Preview of %1</source>
        <translation>Voorbeeld van %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="53"/>
        <source>%1 entries: %2 new, %3 duplicates (already in the address book or twice in the file), %4 cannot be imported. Nothing has been written yet.</source>
        <translation>%1 vermeldingen: %2 nieuw, %3 dubbel (al in het adresboek of twee keer in het bestand), %4 niet te importeren. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="56"/>
        <source>%1 entries are imported with remarks (see Status).</source>
        <translation>%1 vermeldingen worden geïmporteerd met opmerkingen (zie Status).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="64"/>
        <source>Entries in the file</source>
        <translation>Vermeldingen in het bestand</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="75"/>
        <source>Also import the &amp;duplicates (as separate entries; you can merge them later)</source>
        <translation>Ook de &amp;dubbele vermeldingen importeren (als aparte vermeldingen; u kunt ze later samenvoegen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="78"/>
        <source>Also import the duplicates</source>
        <translation>Ook de dubbele vermeldingen importeren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="83"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/transfer.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>looks like</source>
        <translation>lijkt op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="33"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="34"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="35"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="41"/>
        <source>Entries</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="41"/>
        <source>Same</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="54"/>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="158"/>
        <source>Merge duplicates</source>
        <translation>Dubbele vermeldingen samenvoegen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="60"/>
        <source>These entries look like the same person or organisation. Choose the entry to keep: the others are merged into it. Empty fields are filled in, notes are kept, and every link to a case moves to the entry you keep.</source>
        <translation>Deze vermeldingen lijken dezelfde persoon of organisatie te zijn. Kies de vermelding die u wilt houden: de andere worden daarin samengevoegd. Lege velden worden aangevuld, notities blijven bewaard en elke koppeling met een dossier gaat over naar de vermelding die u houdt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="71"/>
        <source>Possible duplicates</source>
        <translation>Mogelijk dubbele vermeldingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="82"/>
        <source>Keep:</source>
        <translation>Houden:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="88"/>
        <source>&amp;Merge into the chosen entry</source>
        <translation>&amp;Samenvoegen in de gekozen vermelding</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="98"/>
        <source>No duplicates found: no two entries share a name within the same organisation, a phone number or an e-mail address, and no two names look alike. To merge two entries yourself, select both in the list and choose Merge duplicates again.</source>
        <translation>Geen dubbele vermeldingen gevonden: geen twee vermeldingen hebben dezelfde naam binnen dezelfde organisatie, hetzelfde telefoonnummer of hetzelfde e-mailadres, en geen twee namen lijken op elkaar. Wilt u zelf twee vermeldingen samenvoegen? Selecteer ze allebei in de lijst en kies opnieuw Dubbele samenvoegen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="111"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="159"/>
        <source>Merge %1 into “%2”? The merged entries are removed; this cannot be undone.</source>
        <translation>%1 samenvoegen met “%2”? De samengevoegde vermeldingen verdwijnen; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="163"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="164"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="183"/>
        <source>Merged into “%1”: %2.</source>
        <translation>Samengevoegd met “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/merge_dialog.py" line="193"/>
        <source>No other duplicates left.</source>
        <translation>Er zijn geen dubbele vermeldingen meer.</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="161"/>
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="166"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="167"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="171"/>
        <source>(nobody chosen)</source>
        <translation>(niemand gekozen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="173"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="175"/>
        <source>Choose contact or organisation</source>
        <translation>Contactpersoon of organisatie kiezen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="179"/>
        <source>&amp;With</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="180"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
</context>
<context>
    <name>NetworkDialogs</name>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="55"/>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="99"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="57"/>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>NetworkLabels</name>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="19"/>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="20"/>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="21"/>
        <source>Minors</source>
        <translation>Minderjarigen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="22"/>
        <source>Sexual exploitation</source>
        <translation>Seksuele uitbuiting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="23"/>
        <source>Labour exploitation</source>
        <translation>Arbeidsuitbuiting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="24"/>
        <source>Criminal exploitation</source>
        <translation>Criminele uitbuiting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="25"/>
        <source>Forced organ removal</source>
        <translation>Gedwongen orgaanverwijdering</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="31"/>
        <location filename="../../coordinator_app/ui/network/labels.py" line="58"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="32"/>
        <location filename="../../coordinator_app/ui/network/labels.py" line="42"/>
        <location filename="../../coordinator_app/ui/network/labels.py" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="33"/>
        <source>Secure e-mail</source>
        <translation>Beveiligde e-mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="34"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="40"/>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="41"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="43"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="44"/>
        <source>Network meeting</source>
        <translation>Netwerkbijeenkomst</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="45"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="51"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="52"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="53"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="54"/>
        <source>Region served</source>
        <translation>Werkgebied</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="55"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="56"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="57"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="59"/>
        <source>Second phone</source>
        <translation>Tweede telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="61"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="62"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="63"/>
        <source>Target groups</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="64"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="65"/>
        <source>Places available</source>
        <translation>Vrije plaatsen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="66"/>
        <source>Availability confirmed on</source>
        <translation>Beschikbaarheid bevestigd op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="67"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="68"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="69"/>
        <source>Nickname</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="70"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="71"/>
        <source>Region</source>
        <translation>Provincie of regio</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="72"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="73"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="74"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="75"/>
        <source>Preferred contact</source>
        <translation>Voorkeur contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="76"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="77"/>
        <source>Specialisms</source>
        <translation>Specialismen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="78"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="79"/>
        <location filename="../../coordinator_app/ui/network/labels.py" line="86"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="81"/>
        <location filename="../../coordinator_app/ui/network/labels.py" line="85"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="82"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="83"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="84"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="87"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="88"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="94"/>
        <source>photo ignored (not imported)</source>
        <translation>foto genegeerd (niet geïmporteerd)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="95"/>
        <source>extra numbers, addresses or details added to the notes</source>
        <translation>extra nummers, adressen of gegevens toegevoegd aan de notities</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="96"/>
        <source>END:VCARD was missing (card read up to the next one)</source>
        <translation>END:VCARD ontbrak (kaart gelezen tot de volgende)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="97"/>
        <source>a phone number could not be checked: kept as written</source>
        <translation>een telefoonnummer kon niet worden gecontroleerd: bewaard zoals geschreven</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="138"/>
        <source>%1 (not checked)</source>
        <translation>%1 (niet gecontroleerd)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/labels.py" line="98"/>
        <source>the organisation is added to the address book (type Other)</source>
        <translation>de organisatie wordt aan het adresboek toegevoegd (soort Anders)</translation>
    </message>
</context>
<context>
    <name>NetworkModels</name>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="99"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="192"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="100"/>
        <source>Type or function</source>
        <translation>Soort of functie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="101"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="172"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="193"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="202"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="102"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="103"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="104"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="112"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="204"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="136"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="137"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="138"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="139"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="140"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="156"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="169"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="157"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="158"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="159"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="170"/>
        <location filename="../../coordinator_app/ui/network/models.py" line="191"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="171"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="173"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="190"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="216"/>
        <source>Not imported: %1</source>
        <translation>Wordt niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="219"/>
        <source>Duplicate: already in the address book</source>
        <translation>Dubbel: staat al in het adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="222"/>
        <source>Duplicate of row %1 in this file</source>
        <translation>Dubbel: gelijk aan rij %1 in dit bestand</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="225"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/models.py" line="229"/>
        <source>imported with remarks: %1</source>
        <translation>geïmporteerd met opmerkingen: %1</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="121"/>
        <source>Checking the import file</source>
        <translation>Importbestand wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="88"/>
        <source>Reading the file…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="106"/>
        <source>Checking entry %v of %m…</source>
        <translation>Vermelding %v van %m wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="56"/>
        <source>New &amp;organisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="58"/>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="59"/>
        <source>Merge &amp;duplicates…</source>
        <translation>&amp;Dubbele samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="60"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="61"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="84"/>
        <source>Organisations and people</source>
        <translation>Organisaties en personen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="130"/>
        <source>Address book</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="132"/>
        <source>Network work</source>
        <translation>Netwerkwerk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="145"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="152"/>
        <source>&lt;b&gt;Start with the IJsselland network?&lt;/b&gt; Load the organisations of the region (names and types only, no people or phone numbers); you add contact details yourself.</source>
        <translation>&lt;b&gt;Beginnen met het netwerk van IJsselland?&lt;/b&gt; Laad de organisaties uit de regio (alleen namen en soorten, geen personen of telefoonnummers); de contactgegevens vult u zelf aan.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="156"/>
        <source>&amp;Load template</source>
        <translation>Sjabloon &amp;laden</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="159"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="224"/>
        <source>1 organisation</source>
        <translation>1 organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="224"/>
        <source>%1 organisations</source>
        <translation>%1 organisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="225"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="225"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="228"/>
        <source>Nothing matches these filters. Shelters count only when places are free.</source>
        <translation>Niets gevonden met deze filters. Opvang telt alleen mee als er plaatsen vrij zijn.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="240"/>
        <source>“%1” has been saved.</source>
        <translation>“%1” is opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coordinator_app/ui/network/page.py" line="300"/>
        <source>This entry looks like %n other entry/entries (same name, phone or e-mail). Use Merge duplicates to combine them.</source>
        <translation>
            <numerusform>Deze vermelding lijkt op %n andere vermelding (zelfde naam, telefoonnummer of e-mailadres). Voeg ze samen met Dubbele samenvoegen.</numerusform>
            <numerusform>Deze vermelding lijkt op %n andere vermeldingen (zelfde naam, telefoonnummer of e-mailadres). Voeg ze samen met Dubbele samenvoegen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="320"/>
        <location filename="../../coordinator_app/ui/network/page.py" line="324"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="321"/>
        <source>Delete “%1” from the address book?</source>
        <translation>“%1” uit het adresboek verwijderen?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="115"/>
        <location filename="../../coordinator_app/ui/network/page.py" line="325"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/page.py" line="349"/>
        <source>%1 organisations of the regional template added.</source>
        <translation>%1 organisaties uit het regionale sjabloon toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="72"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="71"/>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</source>
        <translation>Contacten (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="108"/>
        <source>Columns not recognised</source>
        <translation>Kolommen niet herkend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="109"/>
        <source>Go on without these columns? Their values are not imported. Nothing has been written yet.</source>
        <translation>Doorgaan zonder deze kolommen? Hun waarden worden niet geïmporteerd. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="113"/>
        <source>&amp;Go on without them</source>
        <translation>&amp;Doorgaan zonder deze kolommen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="122"/>
        <source>Imported: %1 organisations and %2 people; %3 entries skipped.</source>
        <translation>Geïmporteerd: %1 organisaties en %2 personen; %3 vermeldingen overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="142"/>
        <source>Export contacts (not encrypted)</source>
        <translation>Contacten exporteren (niet versleuteld)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="141"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="141"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/bulk_actions.py" line="166"/>
        <source>%1 entries exported to %2. This file is not encrypted.</source>
        <translation>%1 vermeldingen geëxporteerd naar %2. Dit bestand is niet versleuteld.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="89"/>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="89"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="94"/>
        <source>&amp;Type</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="95"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="99"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="101"/>
        <source>&amp;Region served</source>
        <translation>&amp;Werkgebied</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="102"/>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="103"/>
        <source>Postal co&amp;de</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="104"/>
        <source>C&amp;ity</source>
        <translation>P&amp;laats</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="105"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="106"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="107"/>
        <source>&amp;Website</source>
        <translation>W&amp;ebsite</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="108"/>
        <source>Shelter: target groups and places</source>
        <translation>Opvang: doelgroepen en plaatsen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="120"/>
        <source>Ca&amp;pacity</source>
        <translation>Capa&amp;citeit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="121"/>
        <source>Places a&amp;vailable</source>
        <translation>&amp;Vrije plaatsen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="126"/>
        <source>Availability &amp;confirmed on</source>
        <translation>Beschikbaarheid &amp;bevestigd op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/edit_dialogs.py" line="130"/>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="130"/>
        <source>Edit session</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="130"/>
        <source>New training or awareness session</source>
        <translation>Nieuwe training of voorlichting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="133"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="134"/>
        <source>&amp;Topic</source>
        <translation>Onder&amp;werp</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="135"/>
        <source>&amp;Participants</source>
        <translation>&amp;Aantal deelnemers</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="142"/>
        <source>Organisations &amp;reached</source>
        <translation>Bereikte or&amp;ganisaties</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_dialogs.py" line="143"/>
        <source>N&amp;otes</source>
        <translation>No&amp;tities</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="54"/>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="57"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="61"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="71"/>
        <source>Training and awareness sessions</source>
        <translation>Trainingen en voorlichtingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="75"/>
        <source>New &amp;session…</source>
        <translation>&amp;Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="76"/>
        <source>E&amp;dit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="77"/>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="91"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="82"/>
        <source>Training sessions</source>
        <translation>Trainingen en voorlichtingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="86"/>
        <source>Contact moments outside cases</source>
        <translation>Contactmomenten buiten dossiers</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="90"/>
        <source>New contact &amp;moment…</source>
        <translation>Nieuw contact&amp;moment…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="96"/>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/network/work_tab.py" line="127"/>
        <source>%1 sessions · %2 participants · %3 organisations reached</source>
        <translation>%1 bijeenkomsten · %2 deelnemers · %3 organisaties bereikt</translation>
    </message>
</context>
<context>
    <name>PickerModel</name>
    <message>
        <source>looks like: %1</source>
        <translation>lijkt op: %1</translation>
    </message>
</context>
</TS>
