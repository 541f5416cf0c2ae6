<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="63" />
        <source>New letter</source>
        <translation>Nieuwe brief</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="67" />
        <source>Case number, e.g. ZM-2026-0007</source>
        <translation>Dossiernummer, bijvoorbeeld ZM-2026-0007</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="68" />
        <source>Filter cases</source>
        <translation>Dossiers filteren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="75" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="78" />
        <source>&amp;Write letter</source>
        <translation>Brief &amp;opstellen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="81" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/case_picker.py" line="84" />
        <source>Which case is the letter about?</source>
        <translation>Over welk dossier gaat de brief?</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../coordinator_app/ui/documents/models.py" line="55" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/models.py" line="55" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/models.py" line="55" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/models.py" line="55" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/models.py" line="55" />
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="52" />
        <source>Letters that were printed or saved, and attachments of every case. Everything is stored in the encrypted vault.</source>
        <translation>Afgedrukte en opgeslagen brieven en de bijlagen van alle dossiers. Alles staat in de versleutelde kluis.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="59" />
        <source>Filter on case number or title</source>
        <translation>Filteren op dossiernummer of titel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="60" />
        <source>Filter documents</source>
        <translation>Documenten filteren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="62" />
        <source>&amp;New letter…</source>
        <translation>&amp;Nieuwe brief…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="65" />
        <source>Write a letter about a case (Ctrl+N)</source>
        <translation>Een brief over een dossier opstellen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="66" />
        <source>&amp;Print again…</source>
        <translation>Opnieuw af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="69" />
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="81" />
        <location filename="../../coordinator_app/ui/documents/page.py" line="143" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="94" />
        <source>No documents yet. Letters appear here once they are printed or saved.</source>
        <translation>Nog geen documenten. Een brief verschijnt hier zodra hij is afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="108" />
        <location filename="../../coordinator_app/ui/documents/page.py" line="156" />
        <source>Choose a document to see it here.</source>
        <translation>Kies een document om het hier te bekijken.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="176" />
        <source>Showing the newest %1 of %2 documents. Older documents are in the Documents tab of their case.</source>
        <translation>De nieuwste %1 van %2 documenten worden getoond. Oudere documenten staan op het tabblad Documenten van hun dossier.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="213" />
        <source>This attachment is not a PDF and cannot be shown here. Save a copy to open it with another program.</source>
        <translation>Deze bijlage is geen PDF en kan hier niet worden getoond. Sla een kopie op om haar met een ander programma te openen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/page.py" line="257" />
        <source>Save an unencrypted copy</source>
        <translation>Onversleutelde kopie opslaan</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="58" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="96" />
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="99" />
        <source>Print the letter (Ctrl+P); it is kept in the case</source>
        <translation>De brief afdrukken (Ctrl+P); hij wordt in het dossier bewaard</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="100" />
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="103" />
        <source>Save the letter as a PDF file (Ctrl+S); it is kept in the case</source>
        <translation>De brief opslaan als PDF-bestand (Ctrl+S); hij wordt in het dossier bewaard</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="104" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="142" />
        <source>Loading the address book…</source>
        <translation>Adresboek laden…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="171" />
        <source>Letter for case %1</source>
        <translation>Brief bij dossier %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="195" />
        <source>Choose a recipient from the address book first.</source>
        <translation>Kies eerst een ontvanger uit het adresboek.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="212" />
        <source>Making the preview…</source>
        <translation>Voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="230" />
        <source>The preview shows exactly what will be printed or saved.</source>
        <translation>Het voorbeeld toont precies wat wordt afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="282" />
        <source>Save letter as PDF</source>
        <translation>Brief opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="285" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="329" />
        <source>Printed and kept in the case.</source>
        <translation>Afgedrukt en bewaard in het dossier.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_dialog.py" line="330" />
        <source>Saved and kept in the case.</source>
        <translation>Opgeslagen en bewaard in het dossier.</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Own &amp;paragraph</source>
        <translation>&amp;Eigen alinea</translation>
    </message>
    <message>
        <source>Your own text for this letter (optional); it is printed as typed.</source>
        <translation>Eigen tekst voor deze brief (niet verplicht); wordt afgedrukt zoals getypt.</translation>
    </message>
    <message>
        <source>Your own paragraph</source>
        <translation>Eigen alinea</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="52" />
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="59" />
        <source>Recipient organisation</source>
        <translation>Organisatie van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="66" />
        <source>Recipient contact person</source>
        <translation>Contactpersoon van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="70" />
        <source>Language of the letter</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="71" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="72" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="76" />
        <source>&amp;Kind of letter</source>
        <translation>&amp;Soort brief</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="77" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="78" />
        <source>Con&amp;tact person</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="79" />
        <source>Add to the address &amp;book…</source>
        <translation>Toevoegen aan het &amp;adresboek…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="81" />
        <source>Add a recipient to the address book</source>
        <translation>Een ontvanger aan het adresboek toevoegen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="84" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="86" />
        <source>What goes into the letter</source>
        <translation>Wat komt er in de brief</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="97" />
        <source>Only what you tick is read from the case and appears in the letter. Share no more than the recipient needs.</source>
        <translation>Alleen wat u aanvinkt, wordt uit het dossier gehaald en komt in de brief. Deel niet meer dan de ontvanger nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="130" />
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="134" />
        <source>— no recipient —</source>
        <translation>— geen ontvanger —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="169" />
        <source>— no contact person —</source>
        <translation>— geen contactpersoon —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/letter_form.py" line="229" />
        <source>Some characters cannot be printed with the letter font and will show as empty boxes: %1. Add a spelling in Latin letters to the case, for example next to the name.</source>
        <translation>Sommige tekens staan niet in het lettertype van de brief en worden als lege vakjes afgedrukt: %1. Zet in het dossier ook een schrijfwijze in Latijnse letters, bijvoorbeeld naast de naam.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="54" />
        <source>Preview of the document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="62" />
        <location filename="../../coordinator_app/ui/documents/preview.py" line="151" />
        <source>No preview yet.</source>
        <translation>Nog geen voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="73" />
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="78" />
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="84" />
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="87" />
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="91" />
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="92" />
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="93" />
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="97" />
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="103" />
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="231" />
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/preview.py" line="251" />
        <source>Coordinator document</source>
        <translation>Coordinator-document</translation>
    </message>
</context>
<context>
    <name>SaveOptionsDialog</name>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="29" />
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="34" />
        <source>&lt;b&gt;This copy is saved outside the encrypted vault.&lt;/b&gt; Anyone who can open the file can read it, including the special categories of personal data in it. Save it only where it is needed, and delete it when it has been sent.</source>
        <translation>&lt;b&gt;Deze kopie komt buiten de versleutelde kluis te staan.&lt;/b&gt; Iedereen die het bestand kan openen, kan het lezen, ook de bijzondere persoonsgegevens erin. Sla het alleen op waar het nodig is en verwijder het zodra het is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="43" />
        <source>&amp;Protect the PDF with a password</source>
        <translation>PDF &amp;beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="45" />
        <source>Protect the PDF with a password</source>
        <translation>PDF beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="50" />
        <source>The file is encrypted with %1. It opens only with this password in any common PDF reader. Send the password separately (by phone or text message), never with the file.</source>
        <translation>Het bestand wordt versleuteld met %1. Het opent in elke gangbare PDF-lezer alleen met dit wachtwoord. Geef het wachtwoord apart door (telefonisch of per sms), nooit samen met het bestand.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="61" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="65" />
        <source>Repeat the password</source>
        <translation>Wachtwoord herhalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="67" />
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="68" />
        <source>&amp;Repeat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="77" />
        <source>&amp;Choose location…</source>
        <translation>&amp;Locatie kiezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/documents/save_options.py" line="80" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>