<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Intake</name>
    <message>
        <source>Signal added to the existing case %1 (the same person).</source>
        <translation>Signaal toegevoegd aan het bestaande dossier %1 (dezelfde persoon).</translation>
    </message>
    <message>
        <source>Discard removes this intake; nothing of it is kept.</source>
        <translation>Weggooien verwijdert deze intake; er blijft niets van bewaard.</translation>
    </message>
    <message>
        <source>&amp;Continue the intake</source>
        <translation>&amp;Verder met de intake</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Bewaren als concept</translation>
    </message>
    <message>
        <source>Keep what was entered as a draft?</source>
        <translation>Wat is ingevuld bewaren als concept?</translation>
    </message>
    <message>
        <source>Close the intake</source>
        <translation>Intake sluiten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="54"/>
        <source>(address book entry %1)</source>
        <translation>(adresboek, nr. %1)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="82"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="84"/>
        <source>Choose from the address book</source>
        <translation>Kiezen uit het adresboek</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="85"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="111"/>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="72"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="166"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/book.py" line="168"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="65"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="138"/>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="54"/>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="94"/>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="234"/>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="58"/>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="45"/>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="58"/>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="70"/>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="76"/>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="238"/>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="139"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="140"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="183"/>
        <source>Guidance</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="240"/>
        <source>Please note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="344"/>
        <source>Please check the marked fields.</source>
        <translation>Controleer de gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="67"/>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="77"/>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="78"/>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="85"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="59"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/common.py" line="256"/>
        <source>Step %1 of %2 · guidance</source>
        <translation>Stap %1 van %2 · toelichting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/followups_model.py" line="59"/>
        <source>Follow-up step</source>
        <translation>Vervolgstap</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/followups_model.py" line="60"/>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/followups_model.py" line="61"/>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="70"/>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="71"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/followups_model.py" line="62"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/followups_model.py" line="63"/>
        <source>Ends</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="90"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="85"/>
        <source>&amp;New signal (Ctrl+N)</source>
        <translation>&amp;Nieuw signaal (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="77"/>
        <source>An intake follows the reporting route step by step; it is saved as a draft on every step. For a phone call, record a quick signal first and do the intake later.</source>
        <translation>Een intake volgt de meldroute stap voor stap en wordt bij elke stap als concept bewaard. Bij een telefoontje legt u eerst een snel signaal vast en doet u de intake later.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="102"/>
        <source>Quick signal (phone call)</source>
        <translation>Snel signaal (telefoontje)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="109"/>
        <source>Name, organisation, phone number</source>
        <translation>Naam, organisatie, telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="110"/>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="92"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="118"/>
        <source>Who re&amp;ports</source>
        <translation>Wie &amp;meldt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="119"/>
        <source>Organisation &amp;type</source>
        <translation>Soort &amp;organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="120"/>
        <source>&amp;What was reported</source>
        <translation>&amp;Wat is er gemeld</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="121"/>
        <source>Wh&amp;en</source>
        <translation>Wann&amp;eer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="122"/>
        <source>Form of e&amp;xploitation</source>
        <translation>&amp;Uitbuitingsvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="134"/>
        <source>&amp;Save as signal</source>
        <translation>Op&amp;slaan als signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="144"/>
        <source>A quick signal becomes a case with status &apos;signal&apos;. Take it through the full intake as soon as you can: only then are consent, follow-up steps and tasks recorded.</source>
        <translation>Een snel signaal wordt een dossier met de status &apos;signaal&apos;. Doorloop zo snel mogelijk de volledige intake: pas dan worden toestemming, vervolgstappen en taken vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="177"/>
        <source>Signal saved as case %1. Take it through the intake from the list on the right.</source>
        <translation>Signaal vastgelegd als dossier %1. Start de intake vanuit de lijst rechts.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="196"/>
        <source>Unfinished intakes (drafts)</source>
        <translation>Onafgemaakte intakes (concepten)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="200"/>
        <source>Unfinished intakes</source>
        <translation>Onafgemaakte intakes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="206"/>
        <source>&amp;Resume</source>
        <translation>He&amp;rvatten</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="209"/>
        <source>&amp;Delete draft</source>
        <translation>Concept &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="219"/>
        <source>Delete &amp;old drafts…</source>
        <translation>Oude concepten verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="246"/>
        <source>%1 draft(s) unchanged for more than %2 days: delete them if the intake will not be finished.</source>
        <translation>%1 concept(en) al meer dan %2 dagen niet gewijzigd: verwijder ze als de intake niet meer wordt afgemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="258"/>
        <source>Signals waiting for an intake</source>
        <translation>Signalen die nog een intake nodig hebben</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="262"/>
        <source>Signals waiting</source>
        <translation>Wachtende signalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home.py" line="266"/>
        <source>Start &amp;intake for this signal</source>
        <translation>&amp;Intake starten voor dit signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="86"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="85"/>
        <source>anonymous or unknown</source>
        <translation>anoniem of onbekend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="88"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="96"/>
        <source>Stopped at</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="98"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="90"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="99"/>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="115"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="42"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="50"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="100"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="108"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="97"/>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="109"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/home_models.py" line="111"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="63"/>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="110"/>
        <source>&amp;Open case</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="113"/>
        <source>&amp;Handover letter…</source>
        <translation>Overdrachts&amp;brief…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="115"/>
        <source>&amp;New signal</source>
        <translation>&amp;Nieuw signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="117"/>
        <source>Back to the &amp;intake overview</source>
        <translation>Terug naar het &amp;intake-overzicht</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="289"/>
        <source>Case %1 has been created.</source>
        <translation>Dossier %1 is aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="291"/>
        <source>The case, the person, the indicators, the consent records, the milestones and the tasks have been recorded. A shelter was chosen: make the handover letter now.</source>
        <translation>Het dossier, de persoon, de signalen, de toestemmingen, de mijlpalen en de taken zijn vastgelegd. Er is opvang gekozen: maak nu de overdrachtsbrief.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="297"/>
        <source>The case, the person, the indicators, the consent records, the milestones and the tasks have been recorded.</source>
        <translation>Het dossier, de persoon, de signalen, de toestemmingen, de mijlpalen en de taken zijn vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="346"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="347"/>
        <source>Delete this unfinished intake? What was entered is lost; this cannot be undone.</source>
        <translation>Deze onafgemaakte intake verwijderen? Wat is ingevuld gaat verloren; dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="356"/>
        <source>Delete old drafts</source>
        <translation>Oude concepten verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="357"/>
        <source>Delete %1 draft(s) that have not been changed for a long time? This cannot be undone.</source>
        <translation>%1 concept(en) verwijderen die lange tijd niet zijn gewijzigd? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="369"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="370"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="389"/>
        <source>Who reports</source>
        <translation>Wie meldt</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="390"/>
        <source>What was reported</source>
        <translation>Wat is er gemeld</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="391"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/page.py" line="392"/>
        <source>Form of exploitation</source>
        <translation>Uitbuitingsvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="40"/>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="41"/>
        <source>Yes, consent given</source>
        <translation>Ja, toestemming gegeven</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="42"/>
        <source>No consent</source>
        <translation>Geen toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="61"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="132"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="62"/>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="63"/>
        <source>Signed by</source>
        <translation>Getekend door</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="64"/>
        <source>Name of the signer</source>
        <translation>Naam ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="65"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="66"/>
        <source>Legal ground</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="170"/>
        <source>The person is %1 or older: the person signs.</source>
        <translation>De persoon is %1 jaar of ouder: de persoon tekent zelf.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="172"/>
        <source>The person is under 16: a parent or the guardian signs.</source>
        <translation>De persoon is jonger dan 16: een ouder of de voogd tekent.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="174"/>
        <source>The age is not known: record who signed (from 16 the person, under 16 a parent or guardian).</source>
        <translation>De leeftijd is niet bekend: leg vast wie heeft getekend (vanaf 16 jaar de persoon zelf, onder de 16 een ouder of de voogd).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_consent.py" line="178"/>
        <source>Age: %1. </source>
        <translation>Leeftijd: %1. </translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="42"/>
        <source>Follow-up steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="59"/>
        <source>Tick a step to make it a task; double-click a date to change it.</source>
        <translation>Vink een stap aan om er een taak van te maken; dubbelklik op een datum om die te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="62"/>
        <source>Selected step</source>
        <translation>Geselecteerde stap</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="73"/>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="74"/>
        <source>Type of shelter</source>
        <translation>Soort opvang</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="82"/>
        <source>Report to the &amp;police made?</source>
        <translation>&amp;Aangifte gedaan?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="90"/>
        <source>Report &amp;made on</source>
        <translation>Aangifte &amp;gedaan op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="112"/>
        <source>Select a step to see what it involves.</source>
        <translation>Selecteer een stap om te zien wat die inhoudt.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_followups.py" line="182"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="82"/>
        <source>Indicator</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="83"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="84"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="196"/>
        <source>Source of newly ticked indicators:</source>
        <translation>Bron van nieuw aangevinkte signalen:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="197"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="46"/>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="199"/>
        <source>Source of newly ticked indicators</source>
        <translation>Bron van nieuw aangevinkte signalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="207"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="79"/>
        <source>Indicators</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="225"/>
        <source>&amp;Use as primary form</source>
        <translation>Als hoofdvorm &amp;gebruiken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="233"/>
        <source>&amp;Primary form</source>
        <translation>Hoo&amp;fdvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="249"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="77"/>
        <source>Other forms</source>
        <translation>Andere vormen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="250"/>
        <source>Labour &amp;sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="252"/>
        <source>N&amp;otes</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="293"/>
        <source>Suggested forms: %1</source>
        <translation>Mogelijke vormen: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_indicators.py" line="295"/>
        <source>Tick indicators to see which forms of exploitation they point to.</source>
        <translation>Vink signalen aan om te zien op welke uitbuitingsvormen ze wijzen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="27"/>
        <source>&amp;Anonymous or (as yet) unknown</source>
        <translation>&amp;Anoniem of (nog) onbekend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="31"/>
        <source>Fi&amp;rst name</source>
        <translation>Voor&amp;naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="34"/>
        <source>&amp;Last name</source>
        <translation>A&amp;chternaam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="36"/>
        <source>Alia&amp;s / known as</source>
        <translation>Roepnaam / a&amp;lias</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="41"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="94"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="44"/>
        <source>Estimated age</source>
        <translation>Geschatte leeftijd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="46"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="47"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="50"/>
        <source>or estimated age</source>
        <translation>of geschatte leeftijd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="53"/>
        <source>Date of &amp;birth</source>
        <translation>Geboorte&amp;datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="57"/>
        <source>G&amp;ender</source>
        <translation>Ge&amp;slacht</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="62"/>
        <source>Na&amp;tionality</source>
        <translation>Na&amp;tionaliteit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="65"/>
        <source>Lang&amp;uages</source>
        <translation>Tal&amp;en</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="67"/>
        <source>separated by commas, e.g. Romanian, English</source>
        <translation>gescheiden door komma&apos;s, bijv. Roemeens, Engels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="68"/>
        <source>&amp;Interpreter needed</source>
        <translation>Tol&amp;k nodig</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="72"/>
        <source>Safe way to make &amp;contact</source>
        <translation>Veilige &amp;manier van contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="77"/>
        <source>Current &amp;whereabouts</source>
        <translation>Huidige verblijf&amp;plaats</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="156"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="108"/>
        <source>Consulted</source>
        <translation>Geraadpleegd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="158"/>
        <source>Consulted &amp;people</source>
        <translation>Geraadpleegde &amp;personen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="161"/>
        <source>Consulted &amp;on</source>
        <translation>Overlegd &amp;op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="164"/>
        <source>What was &amp;weighed</source>
        <translation>&amp;Wat is er gewogen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="167"/>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="237"/>
        <source>De&amp;cision</source>
        <translation>Be&amp;sluit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_person.py" line="170"/>
        <source>G&amp;rounds</source>
        <translation>O&amp;nderbouwing</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="40"/>
        <source>Signal &amp;received on</source>
        <translation>Signaal o&amp;ntvangen op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="44"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="49"/>
        <source>The reporter wishes to stay &amp;anonymous</source>
        <translation>De melder wil &amp;anoniem blijven</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="53"/>
        <source>Re&amp;porter</source>
        <translation>Mel&amp;der</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="57"/>
        <source>Reporter&apos;s &amp;organisation type</source>
        <translation>&amp;Soort organisatie van de melder</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="63"/>
        <source>The signal in the reporter&apos;s &amp;words</source>
        <translation>Het signaal in de &amp;woorden van de melder</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="69"/>
        <source>Referral &amp;source</source>
        <translation>Verwij&amp;zer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="75"/>
        <source>&amp;Municipality</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="134"/>
        <source>Is there &amp;acute danger?</source>
        <translation>Is er &amp;acuut gevaar?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="140"/>
        <source>Is the person (probably) &amp;under 18?</source>
        <translation>Is de persoon (waarschijnlijk) &amp;jonger dan 18?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="145"/>
        <source>Unaccompanied &amp;minor foreigner</source>
        <translation>Alleen&amp;staande minderjarige vreemdeling (amv)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="175"/>
        <source>Acute danger: call 112 now. The rest of the intake can wait.</source>
        <translation>Acuut gevaar: bel nu 112. De rest van de intake kan wachten.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="182"/>
        <source>&amp;112 has been called</source>
        <translation>&amp;112 is gebeld</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="187"/>
        <source>What was &amp;agreed, or why 112 was not needed</source>
        <translation>Wat is er &amp;afgesproken, of waarom was 112 niet nodig</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="219"/>
        <source>Steps taken</source>
        <translation>Gezette stappen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="220"/>
        <source>Decision framework (afwegingskader)</source>
        <translation>Afwegingskader</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/pages_start.py" line="241"/>
        <source>N&amp;ote</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="16"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="63"/>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="99"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="16"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="37"/>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="44"/>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="45"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="47"/>
        <source>Organisation type</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="48"/>
        <source>Referral source</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="49"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="55"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="57"/>
        <source>Acute danger</source>
        <translation>Acuut gevaar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="58"/>
        <source>112 called</source>
        <translation>112 gebeld</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="60"/>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="62"/>
        <source>Unaccompanied minor foreigner</source>
        <translation>Alleenstaande minderjarige vreemdeling</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="65"/>
        <source>Meldcode steps taken</source>
        <translation>Gezette stappen Meldcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="66"/>
        <source>Meldcode decision</source>
        <translation>Besluit Meldcode</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="74"/>
        <source>Indicators and forms</source>
        <translation>Signalen en uitbuitingsvormen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="76"/>
        <source>Primary form</source>
        <translation>Hoofdvorm</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="78"/>
        <source>Labour sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="80"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="92"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="93"/>
        <source>Alias</source>
        <translation>Roepnaam / alias</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="95"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="96"/>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="97"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="98"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="99"/>
        <source>Interpreter needed</source>
        <translation>Tolk nodig</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="100"/>
        <source>Safe contact</source>
        <translation>Veilig contact</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="101"/>
        <source>Whereabouts</source>
        <translation>Verblijfplaats</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="106"/>
        <source>Consultation</source>
        <translation>Overleg en afweging</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="109"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="110"/>
        <source>On</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="111"/>
        <source>Weighed</source>
        <translation>Gewogen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="112"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="113"/>
        <source>Grounds</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="121"/>
        <source>given on %1 by %2</source>
        <translation>gegeven op %1 door %2</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="130"/>
        <source>not given; legal ground: %1</source>
        <translation>niet gegeven; grondslag: %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="135"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="140"/>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="144"/>
        <source>Follow-up steps (tasks)</source>
        <translation>Vervolgstappen (taken)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="146"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="146"/>
        <source>none: the case stays in intake</source>
        <translation>geen: het dossier blijft in de status intake</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="147"/>
        <source>Report to the police</source>
        <translation>Aangifte</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="148"/>
        <source>Report made on</source>
        <translation>Aangifte gedaan op</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/summary_text.py" line="155"/>
        <source>A shelter was chosen: after creating the case you can make the handover letter.</source>
        <translation>Er is opvang gekozen: na het aanmaken van het dossier kunt u de overdrachtsbrief maken.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/wizard.py" line="65"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/wizard.py" line="66"/>
        <source>&amp;Back</source>
        <translation>Vo&amp;rige</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/wizard.py" line="67"/>
        <source>&amp;Create case</source>
        <translation>Dossier &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/ui/intake/wizard.py" line="68"/>
        <source>Close (keep &amp;draft)</source>
        <translation>Sl&amp;uiten (concept bewaren)</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
</context>
</TS>
