<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="62"/>
        <source>Change passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="64"/>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="66"/>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="71"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>H&amp;uidig wachtwoord:</translation>
    </message>
</context>
<context>
    <name>RenewRecoveryCodeDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py"/>
        <source>Backups made before now, and safety copies from before a restore, still open with the old recovery code: keep the old sheet as safe as those backups, or destroy both.</source>
        <translation>Back-ups van vóór nu, en veiligheidskopieën van vóór het terugzetten van een back-up, openen nog met de oude herstelcode: bewaar het oude vel even veilig als die back-ups, of vernietig ze allebei.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="107"/>
        <source>Renew recovery code</source>
        <translation>Herstelcode vernieuwen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="108"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="111"/>
        <source>A new recovery code replaces the old one: the old sheet stops working. Type your passphrase to continue.</source>
        <translation>Een nieuwe herstelcode vervangt de oude: het oude blad werkt dan niet meer. Typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="119"/>
        <source>&amp;Make a new code</source>
        <translation>&amp;Nieuwe code maken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="124"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="155"/>
        <source>This is your new recovery code. It is shown only now: print it or write it down.</source>
        <translation>Dit is uw nieuwe herstelcode. Hij wordt alleen nu getoond: druk hem af of schrijf hem op.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py" line="158"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="1"/>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="1"/>
        <source>When Coordinator was locked, these unsaved settings were saved: %1.</source>
        <translation>Bij het vergrendelen van Coordinator zijn deze nog niet opgeslagen instellingen opgeslagen: %1.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="1"/>
        <source>Not kept, because they were not valid (the previous value still applies):</source>
        <translation>Niet bewaard, omdat ze niet geldig waren (de vorige waarde blijft gelden):</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="1"/>
        <source>When Coordinator was locked, these unsaved settings could not be saved: %1 (%2).</source>
        <translation>Bij het vergrendelen van Coordinator konden deze nog niet opgeslagen instellingen niet worden opgeslagen: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after closing</source>
        <translation>
            <numerusform>%n jaar na sluiting</numerusform>
            <numerusform>%n jaar na sluiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n back-up</numerusform>
            <numerusform>%n back-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="73"/>
        <source>&amp;Save settings</source>
        <translation>Instellingen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="94"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="136"/>
        <source>Municipality and letterhead</source>
        <translation>Gemeente en briefpapier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="137"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="141"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="141"/>
        <source>One line per address line.</source>
        <translation>Eén regel per adresregel.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="145"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="147"/>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="160"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="164"/>
        <source>Coordinator (signs the letters)</source>
        <translation>Coördinator (ondertekent de brieven)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="165"/>
        <source>N&amp;ame:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="166"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="167"/>
        <source>Ph&amp;one:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="168"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="172"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="173"/>
        <source>Lock after &amp;idle:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="175"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Vergrendelen als het venster wordt geminimaliseerd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="176"/>
        <source>Change &amp;passphrase…</source>
        <translation>Wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="178"/>
        <source>Renew &amp;recovery code…</source>
        <translation>Herstel&amp;code vernieuwen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="188"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="190"/>
        <source>Bro&amp;wse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="192"/>
        <source>Backup folder:</source>
        <translation>Back-upma&amp;p:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="193"/>
        <source>For example a USB stick or a network share.</source>
        <translation>Bijvoorbeeld een USB-stick of een netwerkmap.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="200"/>
        <source>Remind after:</source>
        <translation>Herinneren na:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="202"/>
        <source>Keep:</source>
        <translation>Bewaren:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="206"/>
        <source>Retention and reporting</source>
        <translation>Bewaartermijnen en rapportage</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="207"/>
        <source>Closed &amp;case files:</source>
        <translation>Gesloten &amp;dossiers:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="209"/>
        <source>Signals without a case:</source>
        <translation>Signalen &amp;zonder dossier:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="211"/>
        <source>Small numbers &amp;below:</source>
        <translation>Kleine aantallen &amp;onder:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="213"/>
        <source>Counts from 1 up to this number are hidden in quarterly reports.</source>
        <translation>Aantallen van 1 tot dit getal worden in kwartaalrapportages afgeschermd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="217"/>
        <location filename="../../coordinator_app/ui/settings/page.py" line="221"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="222"/>
        <source>Interface:</source>
        <translation>Sche&amp;rmtaal:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="224"/>
        <source>A new language takes effect the next time Coordinator starts.</source>
        <translation>Een andere taal gaat in wanneer Coordinator opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="306"/>
        <source>Settings saved.</source>
        <translation>De instellingen zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="345"/>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="346"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="377"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/page.py" line="382"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>As the s&amp;ystem</source>
        <translation>Zoals het s&amp;ysteem</translation>
    </message>
    <message>
        <source>Ligh&amp;t</source>
        <translation>L&amp;icht</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>Don&amp;ker</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Kleuren: %1</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
</context>
<context>
    <name>PassphraseChangedDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py"/>
        <source>The passphrase has been changed. From now on the vault opens with the new passphrase.</source>
        <translation>Het wachtwoord is gewijzigd. Vanaf nu opent de kluis met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py"/>
        <source>Backups made before this change still open with the old passphrase (and with the recovery code that was valid when they were made). Changing the passphrase does not change them: keep them as safe as before, or delete the ones you no longer need, and make a new backup now.</source>
        <translation>Back-ups van vóór deze wijziging openen nog met het oude wachtwoord (en met de herstelcode die gold toen ze werden gemaakt). Het nieuwe wachtwoord verandert daar niets aan: bewaar ze even veilig als voorheen of verwijder de back-ups die u niet meer nodig hebt, en maak nu een nieuwe back-up.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/settings/secrets.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
</TS>
