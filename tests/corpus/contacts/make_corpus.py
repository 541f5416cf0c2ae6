"""Write the contacts corpus: vCards and contact CSVs as Outlook, Google, Apple, Lotus Notes and Thunderbird
write them (from the formats' documentation and what these programs are known to write; no file was copied).
Run once: `python tests/corpus/contacts/make_corpus.py`; the files are kept in git. The expected stored
values are written by hand in expected.json (not derived from these strings by code)."""

from __future__ import annotations

import codecs
import quopri
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"


def qp(text: str, charset: str) -> str:
    """Quoted-printable as Outlook writes it (line breaks as =0D=0A, no soft breaks added here)."""
    return quopri.encodestring(text.encode(charset)).decode("ascii").replace("=\n", "").replace("\n", "=0D=0A")


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def lines(*rows: str) -> str:
    return CRLF.join(rows) + CRLF


# 1. Outlook 2003/2007 vCard 2.1, Windows-1250 quoted-printable (Polish, Romanian with cedilla), a photo, the
#    German Outlook "ADR;HOME;PREF;:" (parameters without a value, an empty one before the colon), a note with
#    a soft line break, three numbers.
photo = ["PHOTO;TYPE=JPEG;ENCODING=BASE64:", "    /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U",
         "    HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/", ""]
write("outlook_21_cp1250_qp.vcf", lines(
    "BEGIN:VCARD", "VERSION:2.1",
    f"N;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:{qp('Wiśniewska', 'cp1250')};{qp('Łucja', 'cp1250')}",
    f"FN;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:{qp('Łucja Wiśniewska', 'cp1250')}",
    f"ORG;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:{qp('Fundacja La Strada', 'cp1250')};"
    f"{qp('Pomoc ofiarom', 'cp1250')}",
    "TITLE:Maatschappelijk werker",
    "TEL;WORK;VOICE:+48 22 628 01 20", "TEL;CELL;VOICE:06 12345678", "TEL;HOME;VOICE:0529 123456",
    f"ADR;HOME;PREF;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:;;{qp('ul. Świętokrzyska 12', 'cp1250')};"
    "Warszawa;;00-916;Polska",
    f"LABEL;HOME;PREF;ENCODING=QUOTED-PRINTABLE:{qp('ul. Świętokrzyska 12', 'cp1250')}=0D=0AWarszawa",
    "EMAIL;PREF;INTERNET:lucja@lastrada.example",
    "NOTE;ENCODING=QUOTED-PRINTABLE:Spreekt Pools en Engels.=0D=0ABereikbaar ma=",
    "-do.",
    *photo,
    "REV:20240115T103000Z",
    "END:VCARD",
    "BEGIN:VCARD", "VERSION:2.1",
    f"N;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:{qp('Ştefănescu', 'cp1250')};{qp('Ioana', 'cp1250')}",
    f"FN;CHARSET=Windows-1250;ENCODING=QUOTED-PRINTABLE:{qp('Ioana Ştefănescu', 'cp1250')}",
    "TEL;CELL:+40 721 123 456",
    "BDAY:19850321",
    "END:VCARD",
    "BEGIN:VCARD", "VERSION:2.1", "N:Becker;Klaus", "FN:Klaus Becker", "ORG:Diakonie;Beratung",
    "ADR;HOME;PREF;:;;Kaiserstr. 12;Berlin;;10115;Deutschland", "TEL;WORK;PREF:+49 30 1234567",
    "EMAIL;PREF;INTERNET:k.becker@diakonie.example",
    "END:VCARD",
).encode("ascii"))

# 2. One file, several code pages: raw 8-bit Windows-1250 (no QP), Windows-1252 QP, UTF-8 QP (Vietnamese).
mixed = (lines("BEGIN:VCARD", "VERSION:2.1").encode("ascii")
         + "N;CHARSET=Windows-1250:Kowalczyk;Zofia\r\nFN;CHARSET=Windows-1250:Zofia Kowalczyk\r\n".encode("cp1250")
         + "ADR;WORK;CHARSET=Windows-1250:;;Plac Zbawiciela 3;Łódź;;90-001;Polska\r\n".encode("cp1250")
         + lines("END:VCARD", "BEGIN:VCARD", "VERSION:2.1",
                 f"N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:{qp('Müller', 'cp1252')};{qp('Zoë', 'cp1252')}",
                 f"ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:{qp('Caritas Köln', 'cp1252')}",
                 "END:VCARD", "BEGIN:VCARD", "VERSION:2.1",
                 f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Nguyễn', 'utf-8')};{qp('Thị Hương', 'utf-8')}",
                 f"NICKNAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Hương', 'utf-8')}",
                 "TEL;CELL:+84 90 123 4567",
                 "END:VCARD").encode("ascii"))
write("outlook_21_mixed_code_pages.vcf", mixed)

# 3. Apple Contacts vCard 3.0, UTF-8: grouped URL with X-ABLabel, Arabic and Persian names (ZWNJ, NBSP),
#    ORG with a department, BDAY, NICKNAME, a folded long note, escaped commas and semicolons.
write("apple_30_utf8.vcf", lines(
    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.2//EN",
    "N:الحسن;فاطمة;;;", "FN:فاطمة الحسن", "ORG:Gemeente Utrecht;Zorg en Veiligheid;",
    "TITLE:Zorgcoördinator", "EMAIL;type=INTERNET;type=WORK;type=pref:f.alhassan@utrecht.example",
    "TEL;type=CELL;type=VOICE;type=pref:+31 6 4123 4567",
    "item1.ADR;type=WORK;type=pref:;;Stadsplateau 1;Utrecht;Utrecht;3521 AZ;Nederland",
    "item1.X-ABADR:nl", "item2.URL;type=pref:https://www.utrecht.example/zorg",
    "item2.X-ABLabel:_$!<HomePage>!$_", "BDAY;value=date:1979-11-02",
    "NOTE:Afspraken via het secretariaat\\, liefst \\;dinsdag. Lange notitie die door Apple wordt gevouwen o",
    " mdat de regel langer is dan vijfenzeventig tekens.",
    "X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson",
    "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "N:رضایی;علی\u200cرضا;;;", "FN:علی\u200cرضا رضایی",
    "NICKNAME:Mohammad\u00a0Reza", "TEL;type=WORK:020 123 4567", "END:VCARD",
).encode("utf-8"))

# 4. Google Contacts vCard 3.0: a card with only a first name (Tigrinya), one with only an e-mail, a birthday
#    without a year, a date-time birthday, several e-mails.
write("google_30.vcf", lines(
    "BEGIN:VCARD", "VERSION:3.0", "FN:ሳባ", "N:;ሳባ;;;", "TEL;TYPE=CELL:+31 6 2345 6789",
    "BDAY:--0415", "CATEGORIES:myContacts", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:", "N:;;;;", "EMAIL;TYPE=INTERNET:meldpunt@example.org",
    "CATEGORIES:myContacts", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:Tesfay Gebremariam", "N:Gebremariam;Tesfay;;;",
    "EMAIL;TYPE=INTERNET;TYPE=HOME:tesfay@example.org", "EMAIL;TYPE=INTERNET;TYPE=WORK:t.gebremariam@werk.example",
    "BDAY:1990-12-01T00:00:00Z", "ADR;TYPE=HOME:;;Laan van Meerdervoort 5;Den Haag;Zuid-Holland;2517 AA;Nederland",
    "END:VCARD",
).encode("utf-8"))

# 5. vCard 4.0 (RFC 6350): KIND, tel URI with quoted TYPE list, LANG, ADR with LABEL parameter.
write("rfc6350_40.vcf", lines(
    "BEGIN:VCARD", "VERSION:4.0", "KIND:individual", "FN:Adrian Popescu", "N:Popescu;Adrian;;;",
    'TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+40-721-555-123', "LANG;PREF=1:ro", "LANG;PREF=2:nl",
    'ADR;TYPE=work;LABEL="Strada Lipscani 10\\nBucureşti":;;Strada Lipscani 10;Bucureşti;;030031;România',
    "BDAY:--0229", "URL:https://example.ro/adrian", "END:VCARD",
    "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Stichting Fier", "ORG:Stichting Fier",
    "TEL;VALUE=uri;TYPE=work:tel:+31-58-215-7000", "URL:https://www.fier.example", "END:VCARD",
).encode("utf-8"))

# 6. Lotus Notes / Evolution style 3.0: PROFILE:VCard, a missing END:VCARD before the next BEGIN, UTF-8 BOM.
write("notes_profile_missing_end.vcf", codecs.BOM_UTF8 + lines(
    "BEGIN:VCARD", "PROFILE:VCard", "VERSION:3.0", "N:Dijkstra;Jan;;;", "FN:Jan Dijkstra",
    "ORG:Politie Oost-Nederland", "TEL;TYPE=WORK:0900-8844",
    "BEGIN:VCARD", "PROFILE:VCard", "VERSION:3.0", "N:Yılmaz;Şükrü;;;", "FN:Şükrü Yılmaz",
    "EMAIL;TYPE=INTERNET:sukru@example.org", "END:VCARD",
).encode("utf-8"))

# 7. UTF-16 LE with BOM (Windows "Unicode" export), one card with a number that is not valid.
write("windows_utf16.vcf", lines(
    "BEGIN:VCARD", "VERSION:3.0", "N:Ionescu;Mihai;;;", "FN:Mihai Ionescu",
    "TEL;TYPE=WORK:06-1234567", "TEL;TYPE=CELL:+31 20 624 1111", "END:VCARD",
).encode("utf-16"))

# --- CSV ---------------------------------------------------------------------------------------------

# Google Contacts CSV (2023 layout), UTF-8 without BOM, commas, " ::: " between several values.
google_header = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                 "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
                 "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                 "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,"
                 "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
                 "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,"
                 "Website 1 - Value")
write("google_contacts.csv", lines(
    google_header,
    'Ana,Maria,Popa,,,,,,Ani,,Stichting Ambulante Fiom,Hulpverlener,Jeugd,1992-07-04,"Eerste regel\nTweede regel"'
    ',,* myContacts,* Work,ana.popa@fiom.example,Mobile,+31 6 3456 7890 ::: +40 745 123 456,Work,035 123 4567,'
    'Work,"Laan 1\n1234 AB Hilversum",Laan 1,Hilversum,,Noord-Holland,1234 AB,Nederland,,,https://fiom.example',
    'Dương,,Văn Minh,,,,,,,,,,,--03-08,,,* myContacts,,,Mobile,0031 6 1111 2222,,,,,,,,,,,,,,',
).encode("utf-8"))

# Outlook (English) "Comma Separated Values": every field quoted, month-first birthday, 0/0/00 for none.
outlook_en_header = ('"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
                     '"Business Street","Business Street 2","Business Street 3","Business City","Business State",'
                     '"Business Postal Code","Business Country/Region","Home Street","Home City",'
                     '"Home Postal Code","Home Country/Region","Business Fax","Business Phone","Home Phone",'
                     '"Mobile Phone","Other Phone","Anniversary","Birthday","Categories","E-mail Address",'
                     '"E-mail Type","E-mail Display Name","E-mail 2 Address","Notes","Spouse","Web Page"')
write("outlook_en.csv", codecs.BOM_UTF8 + lines(
    outlook_en_header,
    '"Dr.","Elena","","Vasilescu","","CoMensha","Opvang","Coördinator","Postbus 12","","","Amersfoort","",'
    '"3800 AA","Netherlands","Kerkstraat 3","Utrecht","3511 AA","Netherlands","033 448 1187","033 448 1186",'
    '"030 123 4567","06 4567 8901","","0/0/00","4/15/1980","Partners","elena@comensha.example","SMTP",'
    '"Elena Vasilescu (elena@comensha.example)","e.vasilescu@privé.example","Spreekt Roemeens.","Radu",'
    '"https://comensha.example"',
    '"","","","","","Leger des Heils","","","Oudestraat 1","","","Zwolle","","8011 AA","Netherlands","","","",'
    '"","","038 123 4567","","","","0/0/00","0/0/00","","","","","","","",""',
).encode("utf-8"))

# Outlook (Dutch) export, Windows-1252 (the ANSI code page of a Dutch Windows), day-first birthday.
outlook_nl_header = ('"Titel","Voornaam","Middelste naam","Achternaam","Achtervoegsel","Bedrijf","Afdeling",'
                     '"Functie","Werkadres, straat","Werkadres, plaats","Werkadres, provincie","Werkadres, postcode",'
                     '"Werkadres, land/regio","Telefoon op werk","Telefoon thuis","Mobiele telefoon","Verjaardag",'
                     '"E-mailadres","E-mailtype","Weergavenaam e-mail","Notities","Webpagina"')
write("outlook_nl.csv", lines(
    outlook_nl_header,
    '"","Renée","","van der Meer-Çelik","","Gemeente Enschede","Team Zorg & Veiligheid","Regisseur",'
    '"Langestraat 24","Enschede","Overijssel","7511 HB","Nederland","053 481 8181","","06 2345 6789",'
    '"3-11-1975","r.vandermeer@enschede.example","SMTP","Renée van der Meer-Çelik","Contact via de '
    'receptie; vraag naar Renée. Overleg elke week over de opvang van slachtoffers, ook in het weekend '
    'bereikbaar via de piketdienst.","https://www.enschede.example"',
    '"","Jürgen","","Schäfer","","Café Ölmühle","","Eigenaar","Hauptstraße 5","Gronau","","48599",'
    '"Duitsland","+49 2562 12345","","","0-0-00","","","","Kent de horecabranche in de grensstreek goed; '
    'spreekt Duits en Nederlands, geen Engels.",""',
).encode("cp1252"))

# Thunderbird address book export (English), trailing comma, a display name only, birth year/month/day.
thunderbird_header = ("First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
                      "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,"
                      "Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,"
                      "Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,"
                      "Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,")
write("thunderbird.csv", lines(
    thunderbird_header,
    "Kiros,Haile,Kiros Haile,,kiros@example.org,,,,,,,+31 6 5678 9012,,,,,,,Stationsplein 1,,Zwolle,,"
    "8011 CW,Nederland,Tolk Tigrinya,,Tolkencentrum Oost,,,1988,6,9,,,,,,",
    ",,Ayaan (tolk Somali),,,,,,,,,0612345678,,,,,,,,,,,,,,,,,,,,,,,,,,",
).encode("utf-8"))

# Thunderbird with a Dutch interface (the header as Thunderbird writes it in Dutch): a work address and a home
# address, a fax and a pager number, a second e-mail, two web pages, "Overig 1", a birthday without a year,
# a UTF-8 name in Romanian and a note with a quoted line break.
thunderbird_nl_header = ("Voornaam,Achternaam,Weergavenaam,Bijnaam,Eerste e-mail,Tweede e-mail,Telefoon werk,"
                         "Telefoon thuis,Faxnummer,Piepernummer,Mobiel nummer,Adres,Adres 2,Woonplaats,Provincie,"
                         "Postcode,Land,Werkadres,Werkadres 2,Werkplaats,Werkprovincie,Werkpostcode,Werkland,"
                         "Werktitel,Afdeling,Organisatie,Webpagina 1,Webpagina 2,Geboortejaar,Geboortemaand,"
                         "Geboortedag,Overig 1,Overig 2,Overig 3,Overig 4,Aantekeningen,")
write("thunderbird_nl.csv", lines(
    thunderbird_nl_header,
    "Ştefania,Munteanu,Ştefania Munteanu,Fani,s.munteanu@example.ro,fani@example.org,030 234 5678,"
    "+40 21 312 4567,030 234 5679,06 9876 5432,+31 6 1122 3344,Strada Florilor 7,ap. 3,Cluj-Napoca,Cluj,"
    "400000,România,Catharijnesingel 10,4e etage,Utrecht,Utrecht,3511 GB,Nederland,Casemanager,"
    "Zorg en Veiligheid,Gemeente Utrecht,https://utrecht.example,https://fani.example,,4,17,"
    'Spreekt Roemeens,,,,"Bereikbaar ma-wo.\nNiet na 17 uur.",',
    ",,Wakil Amin,,wakil@example.org,,,,,,,,,,,,,,,,,,,,,,,,1979,11,2,,,,,,",
).encode("utf-8"))

# Our own layout as a Dutch Excel writes it: "sep=;" line, BOM, headers with a non-breaking space, a colon,
# a bracketed hint and "E-mail" instead of "email".
write("eigen_excel.csv", codecs.BOM_UTF8 + lines(
    "sep=;",
    "Soort;Voornaam;Achternaam;Organisatie;Telefoon:;E-mail;Verjaardag (dd-mm-jjjj);Laatste\u00a0contact;Notities",
    "persoon;Mirela;Rusu;Stichting Humanitas;06 4876 5432;mirela@humanitas.example;12-05-1983;01-10-2026;"
    "Roemeens en Nederlands",
    "organisatie;;;Stichting Humanitas;020 523 1100;;;;",
).encode("utf-8"))

# Google Contacts "Google CSV" (the layout before 2023), UTF-8: Name / Given Name / Family Name, typed values.
google_old_header = ("Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
                     "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
                     "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
                     "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
                     "Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,"
                     "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
                     "Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,"
                     "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
                     "Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
                     "Website 1 - Type,Website 1 - Value")
write("google_legacy.csv", lines(
    google_old_header,
    "Shirin Ahmadi,Shirin,,Ahmadi,,,,,,,,Shiri,,,1986-09-23,,,,,,,,,,,Spreekt Farsi (دری) en Nederlands,,,"
    "* My Contacts ::: Tolken,* Work,shirin@tolk.example,Mobile,+31 6 2890 1234,,,,,,,,,,,Tolk- en Vertaalcentrum,,"
    "Tolk Farsi,,,,,,",
    "Ionuț Marinescu,Ionuț,,Marinescu,,,,,,,,,,,,,,,,,,,,,,,,,* My Contacts,,,Work,+40 21 315 2020,Work,"
    "\"Bd. Unirii 1\nBucureşti\",Bd. Unirii 1,Bucureşti,,,030823,România,,,,,,,,,,,",
).encode("utf-8"))

# Quirks seen in the public vCard test suites, each rebuilt here with our own values: iOS 5 ends every line
# with CR CR LF; a card with two ORG and two TITLE properties (a second employer); RFC 6350 alternative
# names (two N and two FN linked by ALTID, Persian and Dutch); an organisation card (X-ABShowAs:COMPANY)
# whose ORG names a department.
write("ios5_crcrlf_repeated.vcf", "".join(row + "\r\r\n" for row in (
    "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iOS 5.0.1//EN", "N:Kovač;Ana;;;", "FN:Ana Kovač",
    "ORG:Centrum Sociale Zaken;Team Mensenhandel", "ORG:Stichting Fier;Vrijwilligers", "TITLE:Casemanager",
    "TITLE:Vertrouwenspersoon", "TEL;type=CELL;type=VOICE;type=pref:+31 6 1234 5670", "END:VCARD",
    "BEGIN:VCARD", "VERSION:4.0", "N;ALTID=1;LANGUAGE=fa:رضایی;علی;;;", "N;ALTID=1;LANGUAGE=nl:Rezaei;Ali;;;",
    "FN;ALTID=1;LANGUAGE=fa:علی رضایی", "FN;ALTID=1;LANGUAGE=nl:Ali Rezaei", "EMAIL:ali@example.org", "END:VCARD",
    "BEGIN:VCARD", "VERSION:3.0", "FN:Stichting Fier", "ORG:Stichting Fier;Landelijk Knooppunt",
    "X-ABShowAs:COMPANY", "TEL;type=WORK:058 215 7000", "END:VCARD",
)).encode("utf-8"))

# An Android 2.1 export (CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE with soft line breaks, as Android writes
# every non-ASCII value) in which one property holds a byte that is not UTF-8 (=80 after a whole letter, as in
# a card of the ez-vcard suite): only that ORG is refused, the rest of the card and the next card import.
def android_qp(text: str) -> str:
    """Every byte of the UTF-8 text as =XX, a soft line break (=CRLF) after every 11 bytes, as Android writes."""
    codes = [f"={b:02X}" for b in text.encode("utf-8")]
    return ("=" + CRLF).join("".join(codes[i:i + 11]) for i in range(0, len(codes), 11))


bad_org = android_qp("Stichting Ñoño Zorg") + "=" + CRLF + "=80"
write("android_21_one_bad_qp_byte.vcf", lines(
    "BEGIN:VCARD", "VERSION:2.1",
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{android_qp('حداد')};{android_qp('أمل')};;;",
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{android_qp('أمل حداد')}",
    "TEL;CELL:+31 6 2345 6789",
    "EMAIL;HOME:amal@example.org",
    f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{bad_org}",
    f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{android_qp('Spreekt Arabisch – bel na 17 uur')}",
    "END:VCARD",
    "BEGIN:VCARD", "VERSION:2.1",
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{android_qp('Ñúñez')};Pablo;;;",
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{android_qp('Pablo Ñúñez')}",
    "TEL;WORK:+34 91 123 45 67",
    "END:VCARD",
).encode("ascii"))
