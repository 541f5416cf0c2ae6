<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>KnownPersonDialog</name>
    <message>
        <source>Before the case is created: the person entered in the intake may already have a file. If one of these is the same person, the signal is added to that file and what you entered stays as a draft.</source>
        <translation>Voordat het dossier wordt aangemaakt: de persoon uit deze intake heeft misschien al een dossier. Is een van deze personen dezelfde, dan wordt het signaal aan dat dossier toegevoegd en blijft wat u invulde bewaard als concept.</translation>
    </message>
    <message>
        <source>&amp;New person: create the case</source>
        <translation>&amp;Nieuwe persoon: dossier aanmaken</translation>
    </message>
    <message>
        <source>Is this person already known?</source>
        <translation>Is deze persoon al bekend?</translation>
    </message>
    <message>
        <source>Is this person already known? Type what you know: name (any spelling), date of birth or age, nationality. Persons already in the vault who may be the same are listed below.</source>
        <translation>Is deze persoon al bekend? Typ wat u weet: naam (in elke spelling), geboortedatum of leeftijd, nationaliteit. Personen in de kluis die dezelfde kunnen zijn, staan hieronder.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Geschatte leeftijd</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>Estimated &amp;age</source>
        <translation>Geschatte &amp;leeftijd</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation>Na&amp;tionaliteit</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Persons who may be the same</source>
        <translation>Personen die dezelfde kunnen zijn</translation>
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
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>looks like: %1</source>
        <translation>lijkt op: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Is one of these the same person? Choose it and click 'This is the same person': the new signal is added to that file. Otherwise click 'New person'.</source>
        <translation>Is een van hen dezelfde persoon? Kies die en klik op 'Dit is dezelfde persoon': het nieuwe signaal komt in dat dossier. Anders klikt u op 'Nieuwe persoon'.</translation>
    </message>
    <message>
        <source>No known person found. Check another spelling, or click 'New person'.</source>
        <translation>Geen bekende persoon gevonden. Probeer een andere schrijfwijze, of klik op 'Nieuwe persoon'.</translation>
    </message>
    <message>
        <source>Type a name or a date of birth to check.</source>
        <translation>Typ een naam of geboortedatum om te controleren.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>The check for a known person did not run: this is not 'no match', so 'New person' cannot be clicked yet. Try again.</source>
        <translation>De controle op een bekende persoon is niet uitgevoerd: dit betekent niet 'geen overeenkomst', dus 'Nieuwe persoon' kan nog niet worden aangeklikt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try the check for a known person again</source>
        <translation>De controle op een bekende persoon opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Checking… 'New person' can be clicked when the answer is in.</source>
        <translation>Bezig met controleren… 'Nieuwe persoon' kan worden aangeklikt zodra het antwoord er is.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>looks like: %1</source>
        <translation>lijkt op: %1</translation>
    </message>
    <message>
        <source>No results. Type part of a name (any spelling), a case number or a date of birth (dd-mm-yyyy).</source>
        <translation>Geen resultaten. Typ een deel van de naam (in elke schrijfwijze), een dossiernummer of een geboortedatum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Zoeken is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>looks like: %1</source>
        <translation>lijkt op: %1</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <source>Case number, name or date of birth</source>
        <translation>Dossiernummer, naam of geboortedatum</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>Only case numbers are matched now.</source>
        <translation>Er wordt nu alleen op dossiernummer gezocht.</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>same date of birth</source>
        <translation>zelfde geboortedatum</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>&amp;Dubbele personen…</translation>
    </message>
    <message>
        <source>Possible duplicate persons</source>
        <translation>Mogelijk dubbele personen</translation>
    </message>
    <message>
        <source>These files may be about the same person (the same or a similar name in any spelling, and no different date of birth). Check each pair; merge only when you are sure.</source>
        <translation>Deze dossiers kunnen over dezelfde persoon gaan (dezelfde of een gelijkende naam in welke schrijfwijze ook, en geen andere geboortedatum). Bekijk elk paar; voeg alleen samen als u het zeker weet.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>The first file stays; the second is added to it.</source>
        <translation>Het eerste dossier blijft; het tweede wordt eraan toegevoegd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Mogelijke dubbelen zoeken…</translation>
    </message>
    <message>
        <source>%1 possible duplicates.</source>
        <translation>%1 mogelijke dubbelen.</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>Geen mogelijke dubbelen gevonden.</translation>
    </message>
    <message>
        <source>journal lines</source>
        <translation>journaalregels</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>mijlpalen</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>toestemmingen</translation>
    </message>
    <message>
        <source>links</source>
        <translation>koppelingen</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>signalen</translation>
    </message>
    <message>
        <source>intake drafts</source>
        <translation>intakeconcepten</translation>
    </message>
    <message>
        <source>other forms of exploitation</source>
        <translation>andere uitbuitingsvormen</translation>
    </message>
    <message>
        <source>Case %1 is added to case %2 and then removed. Case %2 stays.</source>
        <translation>Dossier %1 wordt toegevoegd aan dossier %2 en daarna verwijderd. Dossier %2 blijft.</translation>
    </message>
    <message>
        <source>Moves: %1.</source>
        <translation>Verhuist: %1.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>verder niets</translation>
    </message>
    <message>
        <source>These names become other spellings of the person: %1.</source>
        <translation>Deze namen worden andere schrijfwijzen van de persoon: %1.</translation>
    </message>
    <message>
        <source>The signal date, status and texts of case %1 (and details that differ) are written into one journal line of case %2. The merge is recorded in the audit log.</source>
        <translation>De signaaldatum, status en teksten van dossier %1 (en gegevens die verschillen) komen in één journaalregel van dossier %2. Het samenvoegen wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>Merge two files?</source>
        <translation>Twee dossiers samenvoegen?</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <source>One per line, e.g. Mohamed El Amrani or the name in its own script</source>
        <translation>Eén per regel, bijv. Mohamed El Amrani of de naam in het eigen schrift</translation>
    </message>
    <message>
        <source>&amp;Other spellings of the name</source>
        <translation>Andere sch&amp;rijfwijzen van de naam</translation>
    </message>
</context>
</TS>
