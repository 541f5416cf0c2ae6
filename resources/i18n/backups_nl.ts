<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="59"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="61"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="104"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="105"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="106"/>
        <source>Program version</source>
        <translation>Programmaversie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="113"/>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="115"/>
        <source>Not verified yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="117"/>
        <source>From another vault</source>
        <translation>Van een andere kluis</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="119"/>
        <source>Damaged: do not use</source>
        <translation>Beschadigd: niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="121"/>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="123"/>
        <source>Not a backup</source>
        <translation>Geen back-up</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="125"/>
        <source>Newer format</source>
        <translation>Nieuwer formaat</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/models.py" line="126"/>
        <source>Damaged</source>
        <translation>Beschadigd</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="70"/>
        <source>Backups in the folder</source>
        <translation>Back-ups in de map</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="91"/>
        <source>Note: a backup also holds data you have deleted since, until that backup is rotated out. The newest %1 backups are kept, plus one per month for a year; older ones are deleted automatically.</source>
        <translation>Let op: een back-up bevat ook gegevens die u sindsdien hebt verwijderd, totdat die back-up wordt opgeruimd. De nieuwste %1 back-ups blijven bewaard, plus één per maand van het afgelopen jaar; oudere worden automatisch verwijderd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="102"/>
        <location filename="../../coordinator_app/ui/backups/page.py" line="293"/>
        <source>Back-ups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="112"/>
        <source>Backup folder:</source>
        <translation>Back-upmap:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="117"/>
        <source>&amp;Choose folder…</source>
        <translation>Map &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="118"/>
        <location filename="../../coordinator_app/ui/backups/page.py" line="347"/>
        <source>Choose the backup folder</source>
        <translation>Kies de map voor back-ups</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="131"/>
        <source>&amp;Make a backup</source>
        <translation>Back-up &amp;maken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="136"/>
        <source>&amp;Verify</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="138"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="140"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="156"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="157"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="158"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="210"/>
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="213"/>
        <source>Choose a folder for backups, preferably on a USB stick or network drive.</source>
        <translation>Kies een map voor back-ups, bij voorkeur op een USB-stick of netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="218"/>
        <source>No backup has been made and verified yet.</source>
        <translation>Er is nog geen back-up gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="223"/>
        <source>Last good backup: %1</source>
        <translation>Laatste geslaagde back-up: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="229"/>
        <source>There are no backups in this folder yet.</source>
        <translation>Er staan nog geen back-ups in deze map.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="290"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="300"/>
        <source>Making and verifying a backup…</source>
        <translation>Back-up maken en controleren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="326"/>
        <source>A backup has been made and verified: %1</source>
        <translation>Er is een back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="346"/>
        <source>No backup was made: no backup folder has been chosen yet. Choose a folder first, preferably on a USB stick or network drive.</source>
        <translation>Er is geen back-up gemaakt: er is nog geen map voor back-ups gekozen. Kies eerst een map, het liefst op een USB-stick of netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="324"/>
        <source>The backup of %1 has been verified: it is complete and can be restored.</source>
        <translation>De back-up van %1 is gecontroleerd: hij is volledig en kan worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="330"/>
        <source>The backup of %1 could not be verified; do not rely on it.</source>
        <translation>De back-up van %1 kon niet worden gecontroleerd; vertrouw er niet op.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="334"/>
        <source>Verifying the backup…</source>
        <translation>Back-up controleren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/page.py" line="375"/>
        <source>Automatic backup failed</source>
        <translation>Automatische back-up mislukt</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="230"/>
        <source>What the backup holds</source>
        <translation>Wat de back-up bevat</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="231"/>
        <source>The backup is sound. Check that it is the one you want to restore.</source>
        <translation>De back-up is in orde. Controleer of dit de back-up is die u wilt terugzetten.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="233"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="239"/>
        <source>Made on:</source>
        <translation>Gemaakt op:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="240"/>
        <source>Program version:</source>
        <translation>Programmaversie:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="241"/>
        <source>Case files:</source>
        <translation>Dossiers:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="242"/>
        <source>Contacts:</source>
        <translation>Contactpersonen:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="244"/>
        <source>I understand that the vault in this folder will be replaced by this backup</source>
        <translation>Ik begrijp dat de kluis in deze map wordt vervangen door deze back-up</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="246"/>
        <source>Confirm the restore</source>
        <translation>Terugzetten bevestigen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="271"/>
        <source>The vault now in %1 will be replaced. Changes made after this backup are then no longer in the vault; the current vault is first kept aside as a safety copy in that folder.</source>
        <translation>De kluis die nu in %1 staat, wordt vervangen. Wijzigingen van na deze back-up staan daarna niet meer in de kluis; de huidige kluis wordt eerst als veiligheidskopie in die map bewaard.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="275"/>
        <source>The vault will be placed in %1. Press Restore to start.</source>
        <translation>De kluis wordt in %1 geplaatst. Kies Terugzetten om te beginnen.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="298"/>
        <source>The backup has been restored</source>
        <translation>De back-up is teruggezet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="299"/>
        <source>Coordinator now shows the unlock screen of the restored vault.</source>
        <translation>Coordinator toont nu het ontgrendelscherm van de teruggezette kluis.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="308"/>
        <source>The vault has been restored and checked. Unlock it with the passphrase or the recovery code that were valid when the backup was made.</source>
        <translation>De kluis is teruggezet en gecontroleerd. Ontgrendel de kluis met het wachtwoord of de herstelcode die golden toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="312"/>
        <source>The previous vault has been kept in %1.</source>
        <translation>De vorige kluis is bewaard in %1.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="314"/>
        <source>That safety copy opens with the passphrase that was valid before the restore and still holds cases deleted since. Once the restored vault is in order, delete it on the Back-ups page.</source>
        <translation>Die veiligheidskopie opent met het wachtwoord van vóór het terugzetten en bevat nog dossiers die sindsdien zijn verwijderd. Verwijder hem op de pagina Back-ups zodra de teruggezette kluis in orde is.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="104"/>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="139"/>
        <source>Choose the backup</source>
        <translation>Kies de back-up</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="105"/>
        <source>Pick the backup file (.cbak), for example on the USB stick or network drive.</source>
        <translation>Kies het back-upbestand (.cbak), bijvoorbeeld op de USB-stick of netwerkschijf.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="107"/>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="108"/>
        <source>Path of the backup file</source>
        <translation>Pad naar het back-upbestand</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="110"/>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="111"/>
        <source>Browse for the backup file</source>
        <translation>Back-upbestand zoeken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="116"/>
        <source>Backups are named coordinator-backup-&lt;date&gt;-&lt;time&gt;.cbak.</source>
        <translation>Back-ups heten coordinator-backup-&lt;datum&gt;-&lt;tijd&gt;.cbak.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="120"/>
        <source>Backup &amp;file:</source>
        <translation>Back-up&amp;bestand:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="132"/>
        <source>The vault will be restored into: %1</source>
        <translation>De kluis wordt teruggezet in: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="134"/>
        <source>The vault now in that folder will be replaced; it is kept aside as a safety copy.</source>
        <translation>De kluis die nu in die map staat, wordt vervangen; hij wordt eerst apart bewaard als veiligheidskopie.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="139"/>
        <source>Backups (*.cbak);;All files (*)</source>
        <translation>Back-ups (*.cbak);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="157"/>
        <source>Backup of %1, made with version %2 (%3).</source>
        <translation>Back-up van %1, gemaakt met versie %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="63"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="84"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Afgebroken: er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="324"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="341"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="342"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="343"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="344"/>
        <source>&amp;Finish</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="174"/>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="187"/>
        <source>Passphrase or recovery code</source>
        <translation>Wachtwoord of herstelcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="176"/>
        <source>Give the passphrase or the recovery code that were valid when this backup was made. The backup is checked completely before anything changes.</source>
        <translation>Vul het wachtwoord of de herstelcode in die golden toen deze back-up werd gemaakt. De back-up wordt volledig gecontroleerd voordat er iets verandert.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="179"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="180"/>
        <source>Recovery &amp;code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="204"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/restore_wizard.py" line="204"/>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-XXXX-…</translation>
    </message>
</context>
<context>
    <name>SafetyCopiesPanel</name>
    <message>
        <location filename="../../coordinator_app/ui/backups/safety.py"/>
        <source>&amp;Delete safety copies…</source>
        <translation>&amp;Veiligheidskopieën verwijderen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/safety.py"/>
        <source>Delete safety copies</source>
        <translation>Veiligheidskopieën verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/safety.py"/>
        <source>The vault folder holds %1 safety copies of the vault from before a restore (the oldest is %2 days old). They open with the passphrase that was valid then and still hold cases deleted since. Delete them once the restored vault is in order. Older backups also still open with the passphrase that was valid when they were made.</source>
        <translation>In de kluismap staan %1 veiligheidskopieën van de kluis van vóór het terugzetten van een back-up (de oudste is %2 dagen oud). Ze openen met het wachtwoord van toen en bevatten nog dossiers die sindsdien zijn verwijderd. Verwijder ze zodra de teruggezette kluis in orde is. Ook oudere back-ups openen nog met het wachtwoord van het moment waarop ze zijn gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/safety.py"/>
        <source>Delete the safety copies from before a restore? The vault itself is not touched.</source>
        <translation>De veiligheidskopieën van vóór het terugzetten verwijderen? De kluis zelf blijft ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/safety.py"/>
        <source>The vault folder holds no safety copies from before a restore.</source>
        <translation>In de kluismap staan geen veiligheidskopieën van vóór het terugzetten van een back-up.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/backups/safety.py"/>
        <source>• made %1 (%2 days ago), %3</source>
        <translation>• gemaakt op %1 (%2 dagen geleden), %3</translation>
    </message>
</context>
</TS>
