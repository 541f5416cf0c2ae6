<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="103" />
        <source>About Coordinator</source>
        <translation>Over Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="107" />
        <source>Case files for the municipal care coordinator for victims of human trafficking. All data stays in an encrypted vault on this computer.</source>
        <translation>Dossiers voor de gemeentelijke zorgcoördinator mensenhandel. Alle gegevens blijven in een versleutelde kluis op deze computer.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="113" />
        <source>Coordinator is free software under the EUPL-1.2. It includes:</source>
        <translation>Coordinator is vrije software onder de EUPL-1.2. Het programma bevat:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="118" />
        <source>Qt is used under the LGPL-3.0 and can be replaced. The licence texts are in the install folder.</source>
        <translation>Qt wordt gebruikt onder de LGPL-3.0 en kan worden vervangen. De licentieteksten staan in de installatiemap.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/error_dialog.py" line="19" />
        <source>Something unexpected went wrong. Nothing was saved of the last action. The details (without personal data) are in the log file.</source>
        <translation>Er ging onverwacht iets mis. Van de laatste handeling is niets opgeslagen. De details (zonder persoonsgegevens) staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/error_dialog.py" line="35" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="92" />
        <source>Welcome to Coordinator</source>
        <translation>Welkom bij Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="95" />
        <source>Coordinator keeps your case files, your network of partners and your letters in one encrypted vault on this computer; nothing is sent anywhere. The vault opens only with your passphrase or with a recovery code that you keep on paper in a safe place.</source>
        <translation>Coordinator bewaart uw dossiers, uw netwerk van ketenpartners en uw brieven in één versleutelde kluis op deze computer; er wordt niets verstuurd. De kluis gaat alleen open met uw wachtwoord of met een herstelcode die u op papier op een veilige plek bewaart.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="102" />
        <source>The vault will be created in: %1</source>
        <translation>De kluis wordt aangemaakt in: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="104" />
        <source>&amp;Choose a passphrase</source>
        <translation>&amp;Wachtwoord kiezen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="107" />
        <source>&amp;Restore a backup instead…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="108" />
        <source>Restore a backup made on another computer</source>
        <translation>Een back-up van een andere computer terugzetten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="122" />
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="125" />
        <source>You type this passphrase every time you open Coordinator. Nobody can reset it for you: without the passphrase only the recovery code opens the vault.</source>
        <translation>U typt dit wachtwoord elke keer dat u Coordinator opent. Niemand kan het voor u herstellen: zonder wachtwoord opent alleen de herstelcode de kluis.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="136" />
        <source>Creating the vault</source>
        <translation>De kluis wordt aangemaakt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="142" />
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="144" />
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="160" />
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="163" />
        <source>This code opens the vault when the passphrase is forgotten. It is shown only now. Print the sheet or write the code down, and keep it in a locked place, away from this laptop.</source>
        <translation>Met deze code opent u de kluis als u het wachtwoord kwijt bent. De code wordt alleen nu getoond. Druk het blad af of schrijf de code op, en bewaar die achter slot, niet bij deze laptop.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="171" />
        <source>I have printed or &amp;written down the recovery code</source>
        <translation>Ik heb de herstelcode afgedrukt of &amp;opgeschreven</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="172" />
        <source>I have printed or written down the recovery code</source>
        <translation>Ik heb de herstelcode afgedrukt of opgeschreven</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="173" />
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="188" />
        <source>Type the recovery code</source>
        <translation>Typ de herstelcode over</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="191" />
        <source>To be sure the code was written down correctly, type it here. Capitals, spaces and hyphens do not matter.</source>
        <translation>Typ de code hier over, zodat zeker is dat hij goed is genoteerd. Hoofdletters, spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="199" />
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="203" />
        <source>Show the code &amp;again</source>
        <translation>Code opnieuw &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="205" />
        <source>&amp;Open Coordinator</source>
        <translation>Coordinator &amp;openen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="222" />
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/first_run/wizard.py" line="242" />
        <source>The vault is being created and the key derived. This takes a moment…</source>
        <translation>De kluis wordt aangemaakt en de sleutel berekend. Een ogenblik geduld…</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../coordinator_app/ui/search/popup.py" line="100" />
        <source>Search case files and contacts (Ctrl+K)</source>
        <translation>Zoek in dossiers en contacten (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/search/popup.py" line="101" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/search/popup.py" line="107" />
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="116" />
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="189" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="190" />
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="193" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="199" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="200" />
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="205" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="206" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="209" />
        <source>&amp;About Coordinator</source>
        <translation>&amp;Over Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="379" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/main_window.py" line="380" />
        <source>Some changes have not been saved yet. Save them before closing?</source>
        <translation>Niet alle wijzigingen zijn opgeslagen. Wilt u ze opslaan voordat u afsluit?</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="28" />
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="29" />
        <source>Repeat the passphrase</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="30" />
        <source>&amp;Show passphrase</source>
        <translation>Wachtwoord t&amp;onen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="31" />
        <source>Show passphrase</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="37" />
        <source>Passphrase strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="42" />
        <source>At least %1 characters. A sentence of four or more ordinary words is strong and easy to remember, e.g. a line only you would think of. Do not use names, dates or your e-mail address.</source>
        <translation>Minstens %1 tekens. Een zin van vier of meer gewone woorden is sterk en makkelijk te onthouden, bijvoorbeeld een regel die alleen u zou bedenken. Gebruik geen namen, datums of uw e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="50" />
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="53" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="86" />
        <source>very weak</source>
        <translation>zeer zwak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="86" />
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="86" />
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="86" />
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="86" />
        <source>very strong</source>
        <translation>zeer sterk</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/passphrase_fields.py" line="91" />
        <source>Strength: %1.</source>
        <translation>Sterkte: %1.</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../coordinator_app/ui/pdf_print.py" line="104" />
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/pdf_print.py" line="104" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/pdf_print.py" line="106" />
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/pdf_print.py" line="116" />
        <source>Printing page %1 of %2…</source>
        <translation>Pagina %1 van %2 wordt afgedrukt…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/pdf_print.py" line="137" />
        <source>Coordinator document</source>
        <translation>Document uit Coordinator</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../coordinator_app/ui/shell/recovery_panel.py" line="35" />
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/recovery_panel.py" line="39" />
        <source>&amp;Print recovery sheet…</source>
        <translation>Herstelblad &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/recovery_panel.py" line="41" />
        <source>Print the recovery sheet</source>
        <translation>Het herstelblad afdrukken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/recovery_panel.py" line="68" />
        <source>Preparing the sheet…</source>
        <translation>Het blad wordt klaargemaakt…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/recovery_panel.py" line="84" />
        <source>The sheet was sent to the printer.</source>
        <translation>Het blad is naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../coordinator_app/ui/search/popup.py" line="35" />
        <source>Case files</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/search/popup.py" line="36" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/search/popup.py" line="37" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <location filename="../../coordinator_app/ui/shell/status.py" line="24" />
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/status.py" line="29" />
        <location filename="../../coordinator_app/ui/shell/status.py" line="31" />
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/status.py" line="30" />
        <source>Lock Coordinator (Ctrl+L)</source>
        <translation>Coordinator vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/status.py" line="55" />
        <source>No backup made yet</source>
        <translation>Nog geen back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/status.py" line="57" />
        <source>Last backup: today</source>
        <translation>Laatste back-up: vandaag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coordinator_app/ui/shell/status.py" line="58" />
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Laatste back-up: %n dag geleden</numerusform>
            <numerusform>Laatste back-up: %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Age of the last backup could not be read: %1</source>
        <translation>De leeftijd van de laatste back-up kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="63" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="63" />
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="82" />
        <location filename="../../coordinator_app/ui/shell/dialogs.py" line="90" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="130" />
        <source>I understand the report and open the vault as it is now with the recovery code (recorded in the vault's log)</source>
        <translation>Ik begrijp de melding en open de kluis zoals hij nu is met de herstelcode (dit wordt vastgelegd in het logboek van de kluis)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="133" />
        <source>Open the vault as it is now</source>
        <translation>De kluis openen zoals hij nu is</translation>
    </message>
    <message>
        <source>Locked because the window was minimised.</source>
        <translation>Vergrendeld omdat het venster werd geminimaliseerd.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Vergrendeld omdat de computer in de slaapstand ging.</translation>
    </message>
    <message>
        <source>Locked because the screen saver started.</source>
        <translation>Vergrendeld omdat de schermbeveiliging begon.</translation>
    </message>
    <message>
        <source>Locked because the computer was locked.</source>
        <translation>Vergrendeld omdat de computer werd vergrendeld.</translation>
    </message>
    <message>
        <source>Locked with Ctrl+L or the Lock button.</source>
        <translation>Vergrendeld met Ctrl+L of de knop Vergrendelen.</translation>
    </message>
    <message>
        <source>Locked because Coordinator was not used for a while.</source>
        <translation>Vergrendeld omdat Coordinator een tijd niet is gebruikt.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Vergrendeld na %n minuut zonder activiteit.</numerusform>
            <numerusform>Vergrendeld na %n minuten zonder activiteit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="76" />
        <source>Coordinator is locked</source>
        <translation>Coordinator is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="79" />
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="87" />
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="90" />
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="94" />
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="105" />
        <source>Opening the vault</source>
        <translation>De kluis wordt geopend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="110" />
        <source>&amp;Restore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="112" />
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="148" />
        <source>Type the recovery code from the sheet in your safe.</source>
        <translation>Typ de herstelcode van het blad uit uw kluis.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="149" />
        <source>Use the &amp;passphrase</source>
        <translation>&amp;Wachtwoord gebruiken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="151" />
        <source>Type your passphrase to open the vault.</source>
        <translation>Typ uw wachtwoord om de kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/unlock/screen.py" line="152" />
        <source>Use the recovery &amp;code</source>
        <translation>Herstel&amp;code gebruiken</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type 05-12-2026, 05122026 or 5-12-26; t for today, y for yesterday; Alt+Down opens the calendar.</source>
        <translation>Typ 05-12-2026, 05122026 of 5-12-26; v voor vandaag, g voor gisteren; Alt+Omlaag opent de kalender.</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>&amp;Yesterday</source>
        <translation>&amp;Gisteren</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
</context>
</TS>