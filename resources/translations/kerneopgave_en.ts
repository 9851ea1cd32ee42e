<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
  <context>
    <name>Cli</name>
    <message>
      <source>{word} er hverken en kommando eller en fil. Se kerneopgave --help.</source>
      <translation>{word} is neither a command nor a file. See kerneopgave --help.</translation>
    </message>
    <message>
      <source>Eksemplet »{name}« findes ikke. Vælg et af: {names}.</source>
      <translation>There is no example called “{name}”. Choose one of: {names}.</translation>
    </message>
    <message>
      <source>kun kort fra én sektor</source>
      <translation>only the cards from one sector</translation>
    </message>
    <message>
      <source>Eksporten må ikke overskrive arbejdsmødefilen selv.</source>
      <translation>The export must not overwrite the workshop file itself.</translation>
    </message>
    <message>
      <source>FEJL</source>
      <translation>FAILED</translation>
    </message>
    <message>
      <source>FIL</source>
      <translation>FILE</translation>
    </message>
    <message>
      <source>Fil: {path}</source>
      <translation>File: {path}</translation>
    </message>
    <message>
      <source>Filformat: {version} (denne udgave skriver {current})</source>
      <translation>File format: {version} (this version writes {current})</translation>
    </message>
    <message>
      <source>Forkert brug: {detail}. Se 'kerneopgave --help'.</source>
      <translation>Wrong usage: {detail}. See 'kerneopgave --help'.</translation>
    </message>
    <message>
      <source>Integritet: {result}</source>
      <translation>Integrity: {result}</translation>
    </message>
    <message>
      <source>KILDE</source>
      <translation>SOURCE</translation>
    </message>
    <message>
      <source>KOMMANDO</source>
      <translation>COMMAND</translation>
    </message>
    <message>
      <source>Kerneopgave-tavlen: en dialogtavle om kerneopgaven. Uden kommando åbnes programmet.</source>
      <translation>Kerneopgave-tavlen: a dialogue board about the core task. Without a command the app opens.</translation>
    </message>
    <message>
      <source>Oprettede {path}</source>
      <translation>Created {path}</translation>
    </message>
    <message>
      <source>Skabelonen '{name}' findes ikke. Vælg en af: {names}.</source>
      <translation>There is no template '{name}'. Choose one of: {names}.</translation>
    </message>
    <message>
      <source>Skrev {path}</source>
      <translation>Wrote {path}</translation>
    </message>
    <message>
      <source>Tavler: {boards}, kort: {cards}, forbindelser: {links}, felter: {zones}, øjebliksbilleder: {snapshots}</source>
      <translation>Boards: {boards}, cards: {cards}, links: {links}, zones: {zones}, snapshots: {snapshots}</translation>
    </message>
    <message>
      <source>UD</source>
      <translation>OUT</translation>
    </message>
    <message>
      <source>arbejdsmødets titel</source>
      <translation>the workshop's title</translation>
    </message>
    <message>
      <source>eksportér en fil</source>
      <translation>export a file</translation>
    </message>
    <message>
      <source>hvor eksporten skrives; - for standard output</source>
      <translation>where to write the export; - for standard output</translation>
    </message>
    <message>
      <source>opret en ny arbejdsmødefil</source>
      <translation>create a new workshop file</translation>
    </message>
    <message>
      <source>skabelon (se 'kerneopgave templates')</source>
      <translation>template (see 'kerneopgave templates')</translation>
    </message>
    <message>
      <source>sprog: da eller en</source>
      <translation>language: da or en</translation>
    </message>
    <message>
      <source>undersøg en fil: version, integritet, antal</source>
      <translation>examine a file: version, integrity, counts</translation>
    </message>
    <message>
      <source>{path} er beskadiget.</source>
      <translation>{path} is damaged.</translation>
    </message>
    <message>
      <source>vis skabelonerne: navn og titel</source>
      <translation>list the templates: name and title</translation>
    </message>
    <message>
      <source>arbejdsmødets egne kortbunker i stedet for den indbyggede</source>
      <translation>the workshop's own decks instead of the built-in one</translation>
    </message>
    <message>
      <source>vis kortene, ét pr. linje: id, type, sektor, brug, tekst, pol A og pol B, adskilt af tabulatorer</source>
      <translation>print the cards, one per line: id, kind, sector, use, text, pole A and pole B, separated by tabs</translation>
    </message>
    <message>
      <source>åbn et udfyldt eksempel: {names}; uden navn skolen</source>
      <translation>open a filled-in example: {names}; without a name, the school</translation>
    </message>
    <message>
      <source>Der er ingen tavle nummer {n}; filen har {count}.</source>
      <translation>There is no board number {n}; the file has {count}.</translation>
    </message>
    <message>
      <source>Filen har ingen tavler at eksportere.</source>
      <translation>The file has no boards to export.</translation>
    </message>
    <message>
      <source>ellers efter filens endelse</source>
      <translation>otherwise by the file's extension</translation>
    </message>
    <message>
      <source>kun tavle nummer N (fra 1); png, svg og canvas tager ellers den første</source>
      <translation>only board number N (from 1); png, svg and canvas otherwise take the first</translation>
    </message>
    <message>
      <source>opløsning til png</source>
      <translation>resolution for png</translation>
    </message>
    <message>
      <source>papir til pdf</source>
      <translation>paper for pdf</translation>
    </message>
    <message>
      <source>start med at præsentere tavlen (FIL eller --demo)</source>
      <translation>start by presenting the board (FILE or --demo)</translation>
    </message>
    <message>
      <source>Et øjebliksbillede skal have et navn.</source>
      <translation>A snapshot needs a name.</translation>
    </message>
    <message>
      <source>FIL2</source>
      <translation>FILE2</translation>
    </message>
    <message>
      <source>Filen er skrivebeskyttet.</source>
      <translation>The file is read-only.</translation>
    </message>
    <message>
      <source>NAVN</source>
      <translation>NAME</translation>
    </message>
    <message>
      <source>Sig hvad der skal sammenlignes: --from NAVN, eller to filer.</source>
      <translation>Say what to compare: --from NAME, or two files.</translation>
    </message>
    <message>
      <source>Tog øjebliksbilledet »{name}«.</source>
      <translation>Took the snapshot "{name}".</translation>
    </message>
    <message>
      <source>en anden fil at sammenligne med (kort matches på id)</source>
      <translation>another file to compare with (cards matched by id)</translation>
    </message>
    <message>
      <source>frys hele arbejdsmødet under et navn</source>
      <translation>freeze the whole workshop under a name</translation>
    </message>
    <message>
      <source>fx »Personalemøde 3. marts«</source>
      <translation>e.g. "Staff meeting 3 March"</translation>
    </message>
    <message>
      <source>hvad har ændret sig?</source>
      <translation>what has changed?</translation>
    </message>
    <message>
      <source>ingen</source>
      <translation>none</translation>
    </message>
    <message>
      <source>som JSON til maskiner</source>
      <translation>as JSON for machines</translation>
    </message>
    <message>
      <source>vis øjebliksbillederne: navn og tid</source>
      <translation>list the snapshots: name and time</translation>
    </message>
    <message>
      <source>{path} har intet øjebliksbillede ved navn »{name}«. Der er: {names}.</source>
      <translation>{path} has no snapshot named "{name}". There are: {names}.</translation>
    </message>
    <message>
      <source>øjebliksbilledet at sammenligne fra</source>
      <translation>the snapshot to compare from</translation>
    </message>
    <message>
      <source>øjebliksbilledet at sammenligne til (ellers nu)</source>
      <translation>the snapshot to compare to (otherwise now)</translation>
    </message>
    <message>
      <source>Kan ikke se, hvilket format {path} har. Brug --format json, canvas, csv eller xlsx.</source>
      <translation>Cannot tell which format {path} is in. Use --format json, canvas, csv or xlsx.</translation>
    </message>
    <message>
      <source>opret en arbejdsmødefil fra JSON, JSON Canvas, CSV eller Excel</source>
      <translation>create a workshop file from JSON, JSON Canvas, CSV or Excel</translation>
    </message>
    <message>
      <source>pdf, docx og md: tilføj »Hvad har ændret sig siden« øjebliksbilledet</source>
      <translation>pdf, docx and md: add "What has changed since" the snapshot</translation>
    </message>
    <message>
      <source>--room kræver en FIL eller --demo.</source>
      <translation>--room needs a FILE or --demo.</translation>
    </message>
    <message>
      <source>ADRESSE</source>
      <translation>ADDRESS</translation>
    </message>
    <message>
      <source>åbn for telefonerne (på ADRESSE, ellers det mest sandsynlige netværk) og skriv adressen, de deltager på</source>
      <translation>open the room for phones (on ADDRESS, else the likeliest network) and print the address they join at</translation>
    </message>
    <message>
      <source>Ikke lavet af Kerneopgave-tavlen: {what}</source>
      <translation>Not made by Kerneopgave-tavlen: {what}</translation>
    </message>
    <message>
      <source>{path} indeholder {count} ting, som Kerneopgave-tavlen ikke har lavet; programmet åbner den skrivebeskyttet.</source>
      <translation>{path} holds {count} objects that Kerneopgave-tavlen did not make; the program opens it read-only.</translation>
    </message>
    <message>
      <source>--{option} kan ikke bruges: teksten er længere end {limit} tegn eller ikke gyldig UTF-8.</source>
      <translation>--{option} cannot be used: the text is longer than {limit} characters or not valid UTF-8.</translation>
    </message>
    <message>
      <source>argumenter</source>
      <translation>arguments</translation>
    </message>
    <message>
      <source>brug: </source>
      <translation>usage: </translation>
    </message>
    <message>
      <source>tilvalg</source>
      <translation>options</translation>
    </message>
    <message>
      <source>vis denne hjælp og afslut</source>
      <translation>show this help and exit</translation>
    </message>
    <message>
      <source>vis programmets version og afslut</source>
      <translation>show the program's version and exit</translation>
    </message>
    <message>
      <source>arbejdsmødets sektor, som »Træk et kort« trækker fra</source>
      <translation>the workshop's sector, which “Draw a card” draws from</translation>
    </message>
    <message>
      <source>  … og {n} mere.</source>
      <translation>  … and {n} more.</translation>
    </message>
    <message numerus="yes">
      <source>Ligner personoplysninger: %n kort. Kortene handler om arbejdet, ikke om navngivne borgere.</source>
      <translation>
        <numerusform>Looks like personal data: %n card. The cards are about the work, not about named citizens.</numerusform>
        <numerusform>Looks like personal data: %n cards. The cards are about the work, not about named citizens.</numerusform>
      </translation>
    </message>
    <message>
      <source>skjul det, der ligner CPR-numre, telefonnumre og e-mailadresser, i alle tekster</source>
      <translation>hide what looks like CPR numbers, phone numbers and e-mail addresses, in every text</translation>
    </message>
    <message>
      <source>importerer</source>
      <translation>importing</translation>
    </message>
    <message>
      <source>skriver PDF</source>
      <translation>writing the PDF</translation>
    </message>
  </context>
  <context>
    <name>Document</name>
    <message>
      <source>Filen er åbnet skrivebeskyttet.</source>
      <translation>The file is open read-only.</translation>
    </message>
  </context>
  <context>
    <name>Interchange</name>
    <message>
      <source>JSON-filen er tom: der er intet at importere.</source>
      <translation>The JSON file is empty: there is nothing to import.</translation>
    </message>
    <message>
      <source>Filen er ikke gyldig JSON: et tal har for mange cifre.</source>
      <translation>The file is not valid JSON: a number has too many digits.</translation>
    </message>
    <message>
      <source>Filen er ikke gyldig JSON: fejl i linje {line}, tegn {column}.</source>
      <translation>The file is not valid JSON: an error in line {line}, character {column}.</translation>
    </message>
    <message>
      <source>{field} skal være en liste af navne</source>
      <translation>{field} must be a list of names</translation>
    </message>
    <message>
      <source>kun én runde kan være åben</source>
      <translation>only one round can be open</translation>
    </message>
    <message>
      <source>id'et {id} er brugt to gange</source>
      <translation>the id {id} is used twice</translation>
    </message>
    <message>
      <source>filen</source>
      <translation>the file</translation>
    </message>
    <message>
      <source>et øjebliksbilledes {key} skal være tekst, der ikke er tom</source>
      <translation>a snapshot's {key} must be non-empty text</translation>
    </message>
    <message>
      <source>et øjebliksbilledes id er brugt to gange</source>
      <translation>a snapshot id is used twice</translation>
    </message>
    <message>
      <source>et øjebliksbilledes 'content' skal være en liste af tavler</source>
      <translation>a snapshot's 'content' must be a list of boards</translation>
    </message>
    <message>
      <source>et øjebliksbilledes 'board' skal være tekst eller null</source>
      <translation>a snapshot's 'board' must be text or null</translation>
    </message>
    <message>
      <source>et øjebliksbillede</source>
      <translation>a snapshot</translation>
    </message>
    <message>
      <source>en rundes id er brugt to gange</source>
      <translation>a round id is used twice</translation>
    </message>
    <message>
      <source>en bunkes id er brugt to gange</source>
      <translation>a deck id is used twice</translation>
    </message>
    <message>
      <source>bidragets id {id} er brugt to gange</source>
      <translation>the submission id {id} is used twice</translation>
    </message>
    <message>
      <source>bidraget {id} hører til en runde, der mangler</source>
      <translation>the submission {id} belongs to a missing round</translation>
    </message>
    <message>
      <source>'workshop.date' skal være ÅÅÅÅ-MM-DD eller null</source>
      <translation>'workshop.date' must be YYYY-MM-DD or null</translation>
    </message>
    <message>
      <source>'snapshots' skal være en liste</source>
      <translation>'snapshots' must be a list</translation>
    </message>
    <message>
      <source>'rounds' og 'submissions' skal være lister</source>
      <translation>'rounds' and 'submissions' must be lists</translation>
    </message>
    <message>
      <source>'decks' skal være en liste</source>
      <translation>'decks' must be a list</translation>
    </message>
    <message>
      <source>'boards' skal være en liste</source>
      <translation>'boards' must be a list</translation>
    </message>
    <message>
      <source>Filen er ikke en JSON-eksport fra Kerneopgave-tavlen.</source>
      <translation>The file is not a JSON export from Kerneopgave-tavlen.</translation>
    </message>
    <message>
      <source>JSON-filen er fra en nyere udgave af Kerneopgave-tavlen (version {version}). Opdatér programmet.</source>
      <translation>The JSON file is from a newer version of Kerneopgave-tavlen (version {version}). Update the program.</translation>
    </message>
    <message>
      <source>JSON-filen har ugyldige data: {detail}</source>
      <translation>The JSON file has invalid data: {detail}</translation>
    </message>
    <message>
      <source>JSON-filen mangler et gyldigt versionsnummer.</source>
      <translation>The JSON file lacks a valid version number.</translation>
    </message>
    <message>
      <source>JSON-filen er indlejret dybere end {limit} niveauer.</source>
      <translation>The JSON file is nested deeper than {limit} levels.</translation>
    </message>
    <message>
      <source>JSON-filen har nøglen »{key}« to gange i samme objekt.</source>
      <translation>The JSON file has the key "{key}" twice in one object.</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message numerus="yes">
      <source>Flyt %n element(er)</source>
      <translation>
        <numerusform>Move %n item</numerusform>
        <numerusform>Move %n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Flyt %n felt(er)</source>
      <translation>
        <numerusform>Move %n zone</numerusform>
        <numerusform>Move %n zones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Flyt %n kort</source>
      <translation>
        <numerusform>Move %n card</numerusform>
        <numerusform>Move %n cards</numerusform>
      </translation>
    </message>
    <message>
      <source>Flyt tavle</source>
      <translation>Move board</translation>
    </message>
    <message>
      <source>Lås felt</source>
      <translation>Lock zone</translation>
    </message>
    <message>
      <source>Lås felt op</source>
      <translation>Unlock zone</translation>
    </message>
    <message>
      <source>Omdøb tavle</source>
      <translation>Rename board</translation>
    </message>
    <message>
      <source>Skift farve</source>
      <translation>Change colour</translation>
    </message>
    <message>
      <source>Slet</source>
      <translation>Delete</translation>
    </message>
    <message numerus="yes">
      <source>Slet %n felt(er)</source>
      <translation>
        <numerusform>Delete %n zone</numerusform>
        <numerusform>Delete %n zones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Slet %n forbindelse(r)</source>
      <translation>
        <numerusform>Delete %n link</numerusform>
        <numerusform>Delete %n links</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Slet %n kort</source>
      <translation>
        <numerusform>Delete %n card</numerusform>
        <numerusform>Delete %n cards</numerusform>
      </translation>
    </message>
    <message>
      <source>Slet tavle</source>
      <translation>Delete board</translation>
    </message>
    <message numerus="yes">
      <source>Tilføj %n felt(er)</source>
      <translation>
        <numerusform>Add %n zone</numerusform>
        <numerusform>Add %n zones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tilføj %n forbindelse(r)</source>
      <translation>
        <numerusform>Add %n link</numerusform>
        <numerusform>Add %n links</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tilføj %n kort</source>
      <translation>
        <numerusform>Add %n card</numerusform>
        <numerusform>Add %n cards</numerusform>
      </translation>
    </message>
    <message>
      <source>Tilføj tavle</source>
      <translation>Add board</translation>
    </message>
    <message>
      <source>Tilpas størrelse</source>
      <translation>Resize</translation>
    </message>
    <message>
      <source>Slet kortbunke</source>
      <translation>Delete deck</translation>
    </message>
    <message>
      <source>Tilføj kortbunke</source>
      <translation>Add deck</translation>
    </message>
    <message>
      <source>Giv stemme</source>
      <translation>Add a vote</translation>
    </message>
    <message>
      <source>Fjern stemme</source>
      <translation>Remove a vote</translation>
    </message>
    <message>
      <source>Nulstil stemmer</source>
      <translation>Reset votes</translation>
    </message>
    <message>
      <source>Omdøb øjebliksbillede</source>
      <translation>Rename snapshot</translation>
    </message>
    <message>
      <source>Slet øjebliksbillede</source>
      <translation>Delete snapshot</translation>
    </message>
    <message>
      <source>Tag øjebliksbillede</source>
      <translation>Take snapshot</translation>
    </message>
    <message>
      <source>Rediger</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Rediger felt</source>
      <translation>Edit zone</translation>
    </message>
    <message>
      <source>Rediger forbindelse</source>
      <translation>Edit link</translation>
    </message>
    <message>
      <source>Rediger kort</source>
      <translation>Edit card</translation>
    </message>
    <message>
      <source>Rediger oplysninger om arbejdsmødet</source>
      <translation>Edit workshop details</translation>
    </message>
    <message>
      <source>Rediger kortbunke</source>
      <translation>Edit deck</translation>
    </message>
    <message>
      <source>Vis feltet for sig i præsentationen</source>
      <translation>Show the zone on its own when presenting</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>SQLite fandt (på engelsk): {finding}</source>
      <translation>SQLite found: {finding}</translation>
    </message>
    <message>
      <source>{table}: række {rowid} peger på en række i {parent}, der mangler</source>
      <translation>{table}: row {rowid} refers to a missing row in {parent}</translation>
    </message>
    <message>
      <source>Du har ikke adgang til at læse {path}. Spørg ejeren af filen eller din IT-afdeling.</source>
      <translation>You may not read {path}. Ask the file's owner or your IT department.</translation>
    </message>
    <message>
      <source>Du har kun læseadgang til filen, så den er åbnet skrivebeskyttet.</source>
      <translation>You may only read this file, so it is open read-only.</translation>
    </message>
    <message>
      <source>Filen er gemt med en nyere udgave af Kerneopgave-tavlen (filformat {version}; denne udgave kender op til {supported}). Den er åbnet skrivebeskyttet, så intet går tabt. Opdatér programmet for at redigere den.</source>
      <translation>The file was saved by a newer version of Kerneopgave-tavlen (file format {version}; this version knows up to {supported}). It is open read-only so nothing is lost. Update the program to edit it.</translation>
    </message>
    <message>
      <source>Filen findes ikke: {path}</source>
      <translation>The file does not exist: {path}</translation>
    </message>
    <message>
      <source>filen er skrivebeskyttet</source>
      <translation>the file is read-only</translation>
    </message>
    <message>
      <source>tabellen {name} mangler</source>
      <translation>the table {name} is missing</translation>
    </message>
    <message>
      <source>{path} er beskadiget og kan ikke åbnes ({detail}). Brug en sikkerhedskopi, hvis du har en.</source>
      <translation>{path} is damaged and cannot be opened ({detail}). Use a backup if you have one.</translation>
    </message>
    <message>
      <source>{path} er en database fra et andet program, ikke en kerneopgave-fil.</source>
      <translation>{path} is another program's database, not a Kerneopgave file.</translation>
    </message>
    <message>
      <source>{path} er en mappe, ikke en kerneopgave-fil.</source>
      <translation>{path} is a folder, not a Kerneopgave file.</translation>
    </message>
    <message>
      <source>{path} er i brug af et andet program lige nu. Prøv igen om lidt.</source>
      <translation>{path} is in use by another program right now. Try again in a moment.</translation>
    </message>
    <message>
      <source>{path} er ikke en kerneopgave-fil. Åbn en fil, der er gemt med Kerneopgave-tavlen.</source>
      <translation>{path} is not a Kerneopgave file. Open a file saved with Kerneopgave-tavlen.</translation>
    </message>
    <message>
      <source>{path} er tom (0 byte) og er ikke en kerneopgave-fil.</source>
      <translation>{path} is empty (0 bytes) and is not a Kerneopgave file.</translation>
    </message>
    <message>
      <source>{path} findes allerede. Vælg et andet navn.</source>
      <translation>{path} already exists. Choose another name.</translation>
    </message>
    <message>
      <source>Filen er åben et andet sted (i et andet vindue eller på en anden computer). Den er åbnet skrivebeskyttet, så intet går tabt; luk den det andet sted for at redigere her.</source>
      <translation>The file is open somewhere else (another window or another computer). It is open read-only so nothing is lost; close it there to edit here.</translation>
    </message>
    <message>
      <source>Kunne ikke gemme i {path} ({detail}). Arbejdet er ikke gået tabt: programmet gemmer det af sig selv, så snart filen kan skrives igen, og du kan gemme en kopi et andet sted.</source>
      <translation>Could not save to {path} ({detail}). Your work is not lost: the program saves it by itself as soon as the file can be written again, and you can save a copy elsewhere.</translation>
    </message>
    <message>
      <source>Kunne ikke gemme i {path}, fordi et andet program bruger filen lige nu. Arbejdet er ikke gået tabt: programmet gemmer det af sig selv, så snart filen er fri, og du kan gemme en kopi et andet sted.</source>
      <translation>Could not save to {path} because another program is using the file right now. Your work is not lost: the program saves it by itself as soon as the file is free, and you can save a copy elsewhere.</translation>
    </message>
    <message>
      <source>Navnet er for langt til filsystemet: {path}</source>
      <translation>The name is too long for the file system: {path}</translation>
    </message>
    <message>
      <source>binære data</source>
      <translation>binary data</translation>
    </message>
    <message>
      <source>bunken {id}: {problem}</source>
      <translation>deck {id}: {problem}</translation>
    </message>
    <message>
      <source>en bunkes id er brugt to gange</source>
      <translation>a deck id is used twice</translation>
    </message>
    <message>
      <source>et tal</source>
      <translation>a number</translation>
    </message>
    <message>
      <source>et øjebliksbilledes id er brugt to gange</source>
      <translation>a snapshot id is used twice</translation>
    </message>
    <message>
      <source>feltet {id}: {field} skal være 0 eller 1</source>
      <translation>zone {id}: {field} must be 0 or 1</translation>
    </message>
    <message>
      <source>forbindelsen {id} skal gå mellem to kort på sin tavle</source>
      <translation>link {id} must connect two cards on its board</translation>
    </message>
    <message>
      <source>id'et {id} er brugt to gange</source>
      <translation>the id {id} is used twice</translation>
    </message>
    <message>
      <source>kortet {id}: {problem}</source>
      <translation>card {id}: {problem}</translation>
    </message>
    <message>
      <source>mere end én runde er åben</source>
      <translation>more than one round is open</translation>
    </message>
    <message>
      <source>runden {id}: {problem}</source>
      <translation>round {id}: {problem}</translation>
    </message>
    <message>
      <source>rækken med arbejdsmødets oplysninger mangler</source>
      <translation>the workshop record is missing</translation>
    </message>
    <message>
      <source>tavlens id {id} er brugt to gange</source>
      <translation>the board id {id} is used twice</translation>
    </message>
    <message>
      <source>{field} for {id} er en tavle, der mangler</source>
      <translation>{field} of {id} is a board that is missing</translation>
    </message>
    <message>
      <source>{field} indeholder JSON, der er indlejret for dybt</source>
      <translation>{field} holds JSON nested too deeply</translation>
    </message>
    <message>
      <source>{field} indeholder ugyldig JSON</source>
      <translation>{field} holds invalid JSON</translation>
    </message>
    <message>
      <source>{field} og {other} skal være lister</source>
      <translation>{field} and {other} must be lists</translation>
    </message>
    <message>
      <source>{field} skal være en dato (ÅÅÅÅ-MM-DD)</source>
      <translation>{field} must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>{field} skal være tekst, der ikke er tom, ikke {value}</source>
      <translation>{field} must be non-empty text, not {value}</translation>
    </message>
    <message>
      <source>{field} skal være tekst, ikke {kind}</source>
      <translation>{field} must be text, not {kind}</translation>
    </message>
    <message>
      <source>{id}: sorteringsnøglen (ord) skal være et endeligt tal</source>
      <translation>{id}: its sort key (ord) must be a finite number</translation>
    </message>
    <message>
      <source>{what} bruger et id to gange</source>
      <translation>{what} uses an id twice</translation>
    </message>
    <message>
      <source>{what} skal indeholde en liste af tavler</source>
      <translation>{what} must hold a list of boards</translation>
    </message>
    <message>
      <source>øjebliksbilledet {id}</source>
      <translation>snapshot {id}</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Arbejdsmøde {date}.kerneopgave</source>
      <translation>Workshop {date}.kerneopgave</translation>
    </message>
    <message>
      <source>Nyt arbejdsmøde</source>
      <translation>New workshop</translation>
    </message>
    <message>
      <source>Åbn arbejdsmøde</source>
      <translation>Open workshop</translation>
    </message>
    <message>
      <source>Eksempel - {workplace}.kerneopgave</source>
      <translation>Example - {workplace}.kerneopgave</translation>
    </message>
    <message>
      <source>Et eksempel i en midlertidig fil. Brug Gem som… for at beholde det.</source>
      <translation>An example in a temporary file. Use Save As… to keep it.</translation>
    </message>
    <message>
      <source>{name} ligger på et netværksdrev. Alt gemmes stadig, mens I arbejder, men hvis forbindelsen svigter, er en lokal kopi sikrere: brug Gem som… til en mappe på computeren, og læg filen tilbage bagefter.</source>
      <translation>{name} is on a network drive. Everything is still saved as you work, but if the connection fails a local copy is safer: use Save As… to a folder on this computer, and put the file back afterwards.</translation>
    </message>
    <message>
      <source>Kunne ikke tage dagens sikkerhedskopi ({detail}).</source>
      <translation>Could not take today's backup ({detail}).</translation>
    </message>
    <message>
      <source>Åbner {name} …</source>
      <translation>Opening {name} …</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <source>Vis feltet for sig i præsentationen</source>
      <translation>Show the zone on its own when presenting</translation>
    </message>
    <message>
      <source>Farve</source>
      <translation>Colour</translation>
    </message>
    <message>
      <source>Feltets navn</source>
      <translation>Zone name</translation>
    </message>
    <message>
      <source>Forbindelse</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Låst som baggrund</source>
      <translation>Locked as background</translation>
    </message>
    <message>
      <source>Tekst på pilen</source>
      <translation>Text on the arrow</translation>
    </message>
    <message>
      <source>Vælg et kort, en forbindelse eller et felt for at se og rette det her.</source>
      <translation>Select a card, a link or a zone to see and edit it here.</translation>
    </message>
    <message>
      <source>Tilføj faggruppe</source>
      <translation>Add profession</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Svar fra runden</source>
      <translation>Answers from the round</translation>
    </message>
    <message>
      <source>Kort handler om arbejdet, ikke om navngivne borgere.</source>
      <translation>Cards are about the work, not about named citizens.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Filen er skrivebeskyttet, så der kan ikke tilføjes kort. Brug Gem som… for at arbejde videre i en kopi.</source>
      <translation>The file is read-only, so no cards can be added. Use Save As… to work on in a copy.</translation>
    </message>
    <message>
      <source>Tag øjebliksbillede…</source>
      <translation>Take a snapshot…</translation>
    </message>
    <message>
      <source>Oversigt</source>
      <translation>Outline</translation>
    </message>
    <message>
      <source>Menulinje</source>
      <translation>Menu bar</translation>
    </message>
    <message>
      <source> (skrivebeskyttet)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <source>&amp;Fil</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>&amp;Ny…</source>
      <translation>&amp;New…</translation>
    </message>
    <message>
      <source>&amp;Rediger</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Tavle</source>
      <translation>&amp;Board</translation>
    </message>
    <message>
      <source>&amp;Vis</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Åbn…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>Egenskaber</source>
      <translation>Properties</translation>
    </message>
    <message>
      <source>Flyt det valgte</source>
      <translation>Move the selection</translation>
    </message>
    <message>
      <source>Fortryd</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Gem &amp;som…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <source>Gem som</source>
      <translation>Save As</translation>
    </message>
    <message>
      <source>Gentag</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Høj kontrast</source>
      <translation>High contrast</translation>
    </message>
    <message>
      <source>Kerneopgave-tavlen</source>
      <translation>Kerneopgave-tavlen</translation>
    </message>
    <message>
      <source>Kort</source>
      <translation>Cards</translation>
    </message>
    <message>
      <source>Lys</source>
      <translation>Light</translation>
    </message>
    <message>
      <source>Mørk</source>
      <translation>Dark</translation>
    </message>
    <message>
      <source>Ny tavle</source>
      <translation>New board</translation>
    </message>
    <message>
      <source>Ny tavle fra skabelon</source>
      <translation>New board from a template</translation>
    </message>
    <message>
      <source>Nyt kort</source>
      <translation>New card</translation>
    </message>
    <message>
      <source>Omdøb tavle</source>
      <translation>Rename board</translation>
    </message>
    <message>
      <source>Omdøb tavle…</source>
      <translation>Rename board…</translation>
    </message>
    <message>
      <source>Oplysninger om arbejdsmødet…</source>
      <translation>Workshop details…</translation>
    </message>
    <message>
      <source>Slet</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Slet tavle</source>
      <translation>Delete board</translation>
    </message>
    <message>
      <source>Tavle</source>
      <translation>Board</translation>
    </message>
    <message>
      <source>Tavle {n}</source>
      <translation>Board {n}</translation>
    </message>
    <message>
      <source>Tavlens navn:</source>
      <translation>Board name:</translation>
    </message>
    <message>
      <source>Tekststørrelse</source>
      <translation>Text size</translation>
    </message>
    <message>
      <source>Uden titel</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <source>Udseende</source>
      <translation>Appearance</translation>
    </message>
    <message>
      <source>Vis hele tavlen</source>
      <translation>Show the whole board</translation>
    </message>
    <message>
      <source>Vælg alle</source>
      <translation>Select all</translation>
    </message>
    <message>
      <source>Værktøjer</source>
      <translation>Tools</translation>
    </message>
    <message>
      <source>Zoom ind</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>Zoom ud</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>&amp;Hjælp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>En dialogtavle om kerneopgaven til kommunale arbejdspladser. Alt gemmes lokalt; programmet bruger aldrig netværket.</source>
      <translation>A dialogue board about the core task for municipal workplaces. Everything is saved locally; the program never uses the network.</translation>
    </message>
    <message>
      <source>Om Kerneopgave-tavlen</source>
      <translation>About Kerneopgave-tavlen</translation>
    </message>
    <message>
      <source>Vejledning</source>
      <translation>Guide</translation>
    </message>
    <message>
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Øjebliksbilleder</source>
      <translation>Snapshots</translation>
    </message>
    <message>
      <source>Gem en kopi…</source>
      <translation>Save a copy…</translation>
    </message>
    <message>
      <source> (ikke gemt – gem en kopi)</source>
      <translation> (not saved – save a copy)</translation>
    </message>
    <message>
      <source>De seneste ændringer kunne ikke gemmes i filen. Gem en kopi, før du lukker?</source>
      <translation>The latest changes could not be saved to the file. Save a copy before closing?</translation>
    </message>
    <message>
      <source>Luk uden at gemme</source>
      <translation>Close without saving</translation>
    </message>
    <message>
      <source>Duplikér</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>&amp;Afslut</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Aftale</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>Arbejdsmøde</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <source>Bidrag</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <source>Dilemma</source>
      <translation>Dilemma</translation>
    </message>
    <message>
      <source>Forbind</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>Forbind de valgte kort</source>
      <translation>Link the selected cards</translation>
    </message>
    <message>
      <source>Forbind de valgte kort (Ctrl+E), eller træk fra et korts håndtag til et andet kort</source>
      <translation>Link the selected cards (Ctrl+E), or drag from a card's handle to another card</translation>
    </message>
    <message>
      <source>Fortryd: {what}</source>
      <translation>Undo: {what}</translation>
    </message>
    <message>
      <source>Gentag: {what}</source>
      <translation>Redo: {what}</translation>
    </message>
    <message>
      <source>Kerneopgave</source>
      <translation>Core task</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Nyt kort: {kind}</source>
      <translation>New card: {kind}</translation>
    </message>
    <message>
      <source>Som systemet</source>
      <translation>As the system</translation>
    </message>
    <message>
      <source>Tastaturgenveje</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Vælg en type, og dobbeltklik på tavlen for et nyt kort af den. Eller træk typen ind på tavlen.</source>
      <translation>Choose a kind, and double-click the board for a new card of it. Or drag the kind onto the board.</translation>
    </message>
    <message>
      <source>Vælg to kort eller flere (Ctrl-klik), eller træk fra et korts håndtag til et andet kort.</source>
      <translation>Select two cards or more (Ctrl+click), or drag from a card's handle to another card.</translation>
    </message>
    <message>
      <source>Værdi</source>
      <translation>Value</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Nyt arbejdsmøde…</source>
      <translation>New workshop…</translation>
    </message>
    <message>
      <source>Seneste filer</source>
      <translation>Recent files</translation>
    </message>
    <message>
      <source>Skabeloner</source>
      <translation>Templates</translation>
    </message>
    <message>
      <source>Tal jeres kerneopgave igennem: på hvert niveau, fra politikernes, medarbejdernes og borgernes side, med alle faggrupper.</source>
      <translation>Talk your core task through: on every level, from the politicians', the staff's and the citizens' side, with every profession.</translation>
    </message>
    <message>
      <source>Åbn…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <source>Se et eksempel</source>
      <translation>See an example</translation>
    </message>
    <message numerus="yes">
      <source>%n tavle(r)</source>
      <translation>
        <numerusform>%n board</numerusform>
        <numerusform>%n boards</numerusform>
      </translation>
    </message>
    <message>
      <source>Begynd med en skabelon</source>
      <translation>Start from a template</translation>
    </message>
    <message>
      <source>Et udfyldt arbejdsmøde, i en midlertidig fil</source>
      <translation>A filled-in workshop, in a temporary file</translation>
    </message>
    <message>
      <source>Ingen filer endnu. Når I har lavet et arbejdsmøde, står det her, så I kan tage fat igen næste gang.</source>
      <translation>No files yet. Once you have made a workshop, it shows here, so you can pick it up again next time.</translation>
    </message>
    <message>
      <source>Kan ikke læses lige nu</source>
      <translation>Cannot be read just now</translation>
    </message>
    <message>
      <source>Nyt arbejdsmøde fra »{template}«</source>
      <translation>New workshop from “{template}”</translation>
    </message>
    <message>
      <source>Seneste</source>
      <translation>Recent</translation>
    </message>
    <message>
      <source>i dag kl. {time}</source>
      <translation>today at {time}</translation>
    </message>
    <message>
      <source>i går kl. {time}</source>
      <translation>yesterday at {time}</translation>
    </message>
    <message>
      <source>Åbnet {when}</source>
      <translation>Opened {when}</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDialog</name>
    <message>
      <source>Arbejdsplads</source>
      <translation>Workplace</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deltagere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Mødeleder</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <source>Oplysninger om arbejdsmødet</source>
      <translation>Workshop details</translation>
    </message>
    <message>
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Én deltager pr. linje</source>
      <translation>One participant per line</translation>
    </message>
    <message>
      <source>Sektor</source>
      <translation>Sector</translation>
    </message>
  </context>
  <context>
    <name>ColourBox</name>
    <message>
      <source>Blå</source>
      <translation>Blue</translation>
    </message>
    <message>
      <source>Grå</source>
      <translation>Grey</translation>
    </message>
    <message>
      <source>Grøn</source>
      <translation>Green</translation>
    </message>
    <message>
      <source>Gul</source>
      <translation>Yellow</translation>
    </message>
    <message>
      <source>Hvid</source>
      <translation>White</translation>
    </message>
    <message>
      <source>Lilla</source>
      <translation>Purple</translation>
    </message>
    <message>
      <source>Orange</source>
      <translation>Orange</translation>
    </message>
    <message>
      <source>Rosa</source>
      <translation>Pink</translation>
    </message>
    <message>
      <source>Standardfarve</source>
      <translation>Default colour</translation>
    </message>
  </context>
  <context>
    <name>ContextMenu</name>
    <message>
      <source>Feltets navn:</source>
      <translation>Zone name:</translation>
    </message>
    <message>
      <source>Lås felt</source>
      <translation>Lock zone</translation>
    </message>
    <message>
      <source>Lås felt op</source>
      <translation>Unlock zone</translation>
    </message>
    <message>
      <source>Nyt felt</source>
      <translation>New zone</translation>
    </message>
    <message>
      <source>Nyt felt her</source>
      <translation>New zone here</translation>
    </message>
    <message>
      <source>Nyt kort her</source>
      <translation>New card here</translation>
    </message>
    <message>
      <source>Omdøb felt</source>
      <translation>Rename zone</translation>
    </message>
    <message>
      <source>Omdøb felt…</source>
      <translation>Rename zone…</translation>
    </message>
    <message>
      <source>Rediger tekst</source>
      <translation>Edit text</translation>
    </message>
    <message>
      <source>Slet</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Slet felt</source>
      <translation>Delete zone</translation>
    </message>
    <message>
      <source>Slet forbindelse</source>
      <translation>Delete link</translation>
    </message>
    <message>
      <source>Duplikér</source>
      <translation>Duplicate</translation>
    </message>
  </context>
  <context>
    <name>DeckDialog</name>
    <message>
      <source>Kortene i kortbunken</source>
      <translation>The cards in the deck</translation>
    </message>
    <message>
      <source>Kortbunkens navn</source>
      <translation>The deck's name</translation>
    </message>
    <message>
      <source>Brug</source>
      <translation>Use</translation>
    </message>
    <message>
      <source>Den indbyggede kortbunke kan ikke rettes. Kopiér den for at lave jeres egen udgave.</source>
      <translation>The built-in deck cannot be changed. Copy it to make your own version.</translation>
    </message>
    <message>
      <source>Dilemma</source>
      <translation>Dilemma</translation>
    </message>
    <message>
      <source>Kopi af {title}</source>
      <translation>Copy of {title}</translation>
    </message>
    <message>
      <source>Kopiér</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Kortbunker</source>
      <translation>Decks</translation>
    </message>
    <message>
      <source>Ny kortbunke</source>
      <translation>New deck</translation>
    </message>
    <message>
      <source>Pol A</source>
      <translation>Pole A</translation>
    </message>
    <message>
      <source>Pol B</source>
      <translation>Pole B</translation>
    </message>
    <message>
      <source>Slet kort</source>
      <translation>Delete card</translation>
    </message>
    <message>
      <source>Slet kortbunke</source>
      <translation>Delete deck</translation>
    </message>
    <message>
      <source>Tilføj kort</source>
      <translation>Add card</translation>
    </message>
    <message>
      <source>Uden titel</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <source>Rediger kortbunker</source>
      <translation>Edit decks</translation>
    </message>
  </context>
  <context>
    <name>DilemmaActions</name>
    <message>
      <source>Spørgsmål trukket fra {deck}.</source>
      <translation>Question drawn from {deck}.</translation>
    </message>
    <message>
      <source>Alle kort fra sektoren »{sector}« er trukket; nu kan de komme igen.</source>
      <translation>Every card from the sector “{sector}” has been drawn; now they can come again.</translation>
    </message>
    <message>
      <source>Kortbunken »{deck}« har ingen kort fra sektoren »{sector}«.</source>
      <translation>The deck “{deck}” has no cards from the sector “{sector}”.</translation>
    </message>
    <message>
      <source>Alle sektorer</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <source>Sektor</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>&amp;Dilemmaer</source>
      <translation>&amp;Dilemmas</translation>
    </message>
    <message>
      <source>Alle kort i bunken er trukket; nu kan de komme igen.</source>
      <translation>Every card in the deck has been drawn; now they can come again.</translation>
    </message>
    <message>
      <source>Der er ingen dilemmaer på tavlen endnu.</source>
      <translation>There are no dilemmas on the board yet.</translation>
    </message>
    <message>
      <source>Dilemmarunde…</source>
      <translation>Dilemma round…</translation>
    </message>
    <message>
      <source>Kortbunke</source>
      <translation>Deck</translation>
    </message>
    <message>
      <source>Rediger kortbunker…</source>
      <translation>Edit decks…</translation>
    </message>
    <message>
      <source>Trukket fra {deck}.</source>
      <translation>Drawn from {deck}.</translation>
    </message>
    <message>
      <source>Træk et kort</source>
      <translation>Draw a card</translation>
    </message>
    <message>
      <source>Uden titel</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <source>Lægges i »{zone}«</source>
      <translation>Goes into “{zone}”</translation>
    </message>
    <message>
      <source>Lægges på tavlen</source>
      <translation>Goes onto the board</translation>
    </message>
    <message>
      <source>Træk kort</source>
      <translation>Draw card</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <source>Spørgsmål og svar</source>
      <translation>Questions and answers</translation>
    </message>
    <message>
      <source>Beslutning</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Dilemma {n} af {total}</source>
      <translation>Dilemma {n} of {total}</translation>
    </message>
    <message>
      <source>Dilemmarunde</source>
      <translation>Dilemma round</translation>
    </message>
    <message>
      <source>Forrige</source>
      <translation>Previous</translation>
    </message>
    <message>
      <source>Færdig</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Næste</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>Hvad er kerneopgaven?</source>
      <translation>What is the core task?</translation>
    </message>
    <message>
      <source>Spørgsmål til denne tavle</source>
      <translation>Questions for this board</translation>
    </message>
    <message>
      <source>Vejledning</source>
      <translation>Guide</translation>
    </message>
    <message>
      <source>Vejledning – Kerneopgave-tavlen</source>
      <translation>Guide – Kerneopgave-tavlen</translation>
    </message>
  </context>
  <context>
    <name>Canvas format</name>
    <message>
      <source>Lærredets oplysninger om tavlen (id, titel, skabelon) kunne ikke bruges; tavlen fik nye.</source>
      <translation>The canvas's details of the board (id, title, template) could not be used; the board got new ones.</translation>
    </message>
    <message>
      <source>Sprang forbindelsen »{id}« over: den har ugyldige værdier.</source>
      <translation>Skipped the link “{id}”: it has invalid values.</translation>
    </message>
    <message>
      <source>JSON Canvas-lærredet har intet, der kan importeres: {reason}</source>
      <translation>The JSON Canvas holds nothing that can be imported: {reason}</translation>
    </message>
    <message>
      <source>Gruppen »{id}« havde et navn, der ikke er tekst; det blev udeladt.</source>
      <translation>The group “{id}” had a name that is not text; it was left out.</translation>
    </message>
    <message>
      <source>Sprang knuden »{id}« over: dens id skal være tekst.</source>
      <translation>Skipped the node “{id}”: its id must be text.</translation>
    </message>
    <message>
      <source>Knuden »{id}« findes to gange; den anden fik et nyt id, og forbindelser går til den første.</source>
      <translation>The node “{id}” appears twice; the second got a new id, and links go to the first.</translation>
    </message>
    <message>
      <source>Importeret lærred</source>
      <translation>Imported canvas</translation>
    </message>
    <message>
      <source>Filen er ikke et JSON Canvas-lærred: den skal være et objekt med listerne »nodes« og »edges«.</source>
      <translation>The file is not a JSON Canvas: it must be an object with the lists "nodes" and "edges".</translation>
    </message>
    <message>
      <source>Forbindelsen »{id}« mistede sin farve; forbindelser har ingen farve her.</source>
      <translation>The edge "{id}" lost its colour; links have no colour here.</translation>
    </message>
    <message>
      <source>Gruppen »{label}« blev gjort højere opad, så et kort ikke dækker dens navn.</source>
      <translation>The group "{label}" was made taller upwards, so that no card covers its name.</translation>
    </message>
    <message>
      <source>Gruppen »{label}« mistede sit baggrundsbillede.</source>
      <translation>The group "{label}" lost its background image.</translation>
    </message>
    <message>
      <source>Knuden »{id}« har en ukendt farve »{color}«; den fik sin standardfarve.</source>
      <translation>The node "{id}" has an unknown colour "{color}"; it got its default colour.</translation>
    </message>
    <message>
      <source>Sprang et element i »edges« over: det er ikke en forbindelse.</source>
      <translation>Skipped an element of "edges": it is not an edge.</translation>
    </message>
    <message>
      <source>Sprang et element i »nodes« over: det er ikke en knude.</source>
      <translation>Skipped an element of "nodes": it is not a node.</translation>
    </message>
    <message>
      <source>Sprang forbindelsen »{id}« over: den går fra et kort til sig selv.</source>
      <translation>Skipped the edge "{id}": it goes from a card to itself.</translation>
    </message>
    <message>
      <source>Sprang forbindelsen »{id}« over: den går til en gruppe, og forbindelser går kun mellem kort.</source>
      <translation>Skipped the edge "{id}": it goes to a group, and links only join cards.</translation>
    </message>
    <message>
      <source>Sprang forbindelsen »{id}« over: den går til en knude, der ikke findes.</source>
      <translation>Skipped the edge "{id}": it goes to a node that does not exist.</translation>
    </message>
    <message>
      <source>Sprang knuden »{id}« over: den har ugyldige værdier.</source>
      <translation>Skipped the node "{id}": it has invalid values.</translation>
    </message>
    <message>
      <source>Sprang knuden »{id}« over: den mangler placering eller størrelse.</source>
      <translation>Skipped the node "{id}": it lacks a position or size.</translation>
    </message>
    <message>
      <source>Sprang knuden »{id}« over: ukendt type »{type}«.</source>
      <translation>Skipped the node "{id}": unknown type "{type}".</translation>
    </message>
    <message>
      <source>… og {n} mere.</source>
      <translation>… and {n} more.</translation>
    </message>
    <message numerus="yes">
      <source>%n fil-knude(r) blev til noter med stien som tekst.</source>
      <translation>
        <numerusform>%n file node became a note with the path as text.</numerusform>
        <numerusform>%n file nodes became notes with the path as text.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n link-knude(r) blev til noter med adressen som tekst.</source>
      <translation>
        <numerusform>%n link node became a note with the address as text.</numerusform>
        <numerusform>%n link nodes became notes with the address as text.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tekstknude(r) med Markdown blev til almindelig tekst.</source>
      <translation>
        <numerusform>%n text node with Markdown became plain text.</numerusform>
        <numerusform>%n text nodes with Markdown became plain text.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Csv</name>
    <message>
      <source>{value} er et for stort tal</source>
      <translation>{value} is too large a number</translation>
    </message>
    <message>
      <source>{value} er ikke et antal stemmer</source>
      <translation>{value} is not a number of votes</translation>
    </message>
    <message>
      <source>CSV-filen er tom.</source>
      <translation>The CSV file is empty.</translation>
    </message>
    <message>
      <source>Importeret</source>
      <translation>Imported</translation>
    </message>
    <message>
      <source>Linje {line} i CSV-filen: {detail}</source>
      <translation>Line {line} of the CSV file: {detail}</translation>
    </message>
    <message>
      <source>ukendt værdi »{value}«</source>
      <translation>unknown value "{value}"</translation>
    </message>
    <message>
      <source>Filen er hverken UTF-8 eller Windows-1252, så den er ikke en CSV-fil, programmet kan læse.</source>
      <translation>The file is neither UTF-8 nor Windows-1252, so it is not a CSV file the program can read.</translation>
    </message>
    <message>
      <source>Filen er ikke en CSV-fil med kort: dens første linje skal navngive kolonnerne, mindst »Tekst« (som i en CSV-eksport fra Kerneopgave-tavlen), men den har {found}.</source>
      <translation>The file is not a CSV file of cards: its first line must name the columns, at least "Tekst" (as in a CSV export from Kerneopgave-tavlen), but it has {found}.</translation>
    </message>
    <message>
      <source>Læste CSV-filen som {encoding} med {delimiter} mellem felterne.</source>
      <translation>Read the CSV file as {encoding} with {delimiter} between the fields.</translation>
    </message>
    <message>
      <source>komma</source>
      <translation>commas</translation>
    </message>
    <message>
      <source>semikolon</source>
      <translation>semicolons</translation>
    </message>
    <message>
      <source>tabulator</source>
      <translation>tabs</translation>
    </message>
    <message>
      <source>Disse kolonner blev ikke læst: {names}.</source>
      <translation>These columns were not read: {names}.</translation>
    </message>
    <message>
      <source>Linje {line} i CSV-filen kan ikke læses ({detail}).</source>
      <translation>Line {line} of the CSV file cannot be read ({detail}).</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <source>Opløsning (72–600 DPI):</source>
      <translation>Resolution (72–600 DPI):</translation>
    </message>
    <message>
      <source>Udskrivningen er annulleret.</source>
      <translation>Printing was cancelled.</translation>
    </message>
    <message>
      <source>Udskriver …</source>
      <translation>Printing …</translation>
    </message>
    <message>
      <source>Eksportér</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Gem CSV</source>
      <translation>Save CSV</translation>
    </message>
    <message>
      <source>Gem JSON</source>
      <translation>Save JSON</translation>
    </message>
    <message>
      <source>Gem JSON Canvas</source>
      <translation>Save JSON Canvas</translation>
    </message>
    <message>
      <source>Gem PDF-rapport</source>
      <translation>Save PDF report</translation>
    </message>
    <message>
      <source>Gem PNG</source>
      <translation>Save PNG</translation>
    </message>
    <message>
      <source>Gem SVG</source>
      <translation>Save SVG</translation>
    </message>
    <message>
      <source>Gem referat</source>
      <translation>Save minutes</translation>
    </message>
    <message>
      <source>Gemt: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <source>Importér</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Importér…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>JSON (alt, uden tab)…</source>
      <translation>JSON (everything, lossless)…</translation>
    </message>
    <message>
      <source>Kort som CSV (Excel)…</source>
      <translation>Cards as CSV (Excel)…</translation>
    </message>
    <message>
      <source>Nogle tavler findes allerede i arbejdsmødet og blev ikke importeret igen.</source>
      <translation>Some boards are already in the workshop and were not imported again.</translation>
    </message>
    <message>
      <source>PDF-rapport</source>
      <translation>PDF report</translation>
    </message>
    <message>
      <source>PDF-rapport (tavler og referat)…</source>
      <translation>PDF report (boards and minutes)…</translation>
    </message>
    <message>
      <source>Papir:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <source>Referat som Markdown…</source>
      <translation>Minutes as Markdown…</translation>
    </message>
    <message>
      <source>Tavlen som JSON Canvas…</source>
      <translation>Board as JSON Canvas…</translation>
    </message>
    <message>
      <source>Tavlen som PNG</source>
      <translation>Board as PNG</translation>
    </message>
    <message>
      <source>Tavlen som PNG…</source>
      <translation>Board as PNG…</translation>
    </message>
    <message>
      <source>Tavlen som SVG…</source>
      <translation>Board as SVG…</translation>
    </message>
    <message>
      <source>Udskriv…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Vis udskrift…</source>
      <translation>Print preview…</translation>
    </message>
    <message>
      <source>Gendan fra sikkerhedskopi…</source>
      <translation>Restore from backup…</translation>
    </message>
    <message>
      <source>Gendan fra sikkerhedskopi</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>Sikkerhedskopi fra:</source>
      <translation>Backup from:</translation>
    </message>
    <message>
      <source>Der er ingen sikkerhedskopier af denne fil endnu. Der tages én, hver dag filen åbnes.</source>
      <translation>There are no backups of this file yet. One is taken each day the file is opened.</translation>
    </message>
    <message>
      <source>Sikkerhedskopi fra {day} (skrivebeskyttet) – brug Gem som…</source>
      <translation>Backup from {day} (read-only) – use Save As…</translation>
    </message>
    <message>
      <source>Tavler (*.json *.canvas *.csv *.xlsx)</source>
      <translation>Boards (*.json *.canvas *.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Referat som Word…</source>
      <translation>Minutes as Word…</translation>
    </message>
    <message>
      <source>Kort som Excel-projektmappe…</source>
      <translation>Cards as Excel workbook…</translation>
    </message>
    <message>
      <source>Gem referat som Word</source>
      <translation>Save minutes as Word</translation>
    </message>
    <message>
      <source>Gem Excel-projektmappe</source>
      <translation>Save Excel workbook</translation>
    </message>
    <message>
      <source>Importeret, med disse ændringer:</source>
      <translation>Imported, with these changes:</translation>
    </message>
    <message numerus="yes">
      <source>Importér %n tavle(r)</source>
      <translation>
        <numerusform>Import %n board</numerusform>
        <numerusform>Import %n boards</numerusform>
      </translation>
    </message>
    <message>
      <source>Det, der ligner CPR-numre, telefonnumre og e-mailadresser, bliver til •• i alle eksporter</source>
      <translation>What looks like CPR numbers, phone numbers and e-mail addresses becomes •• in every export</translation>
    </message>
    <message>
      <source>Eksporterne skjuler nu det, der ligner personoplysninger.</source>
      <translation>Exports now hide what looks like personal data.</translation>
    </message>
    <message>
      <source>Eksporterne viser igen alt, som det står på kortene.</source>
      <translation>Exports show everything as it is on the cards again.</translation>
    </message>
    <message>
      <source>Skjul personoplysninger i eksporten</source>
      <translation>Hide personal data in the export</translation>
    </message>
    <message>
      <source>Importerer {name} …</source>
      <translation>Importing {name} …</translation>
    </message>
    <message>
      <source>Importen blev afbrudt; intet blev ændret.</source>
      <translation>The import was stopped; nothing was changed.</translation>
    </message>
    <message>
      <source>Eksporten blev afbrudt; intet blev gemt.</source>
      <translation>The export was stopped; nothing was saved.</translation>
    </message>
    <message>
      <source>Laver PDF-rapporten …</source>
      <translation>Making the PDF report …</translation>
    </message>
  </context>
  <context>
    <name>Minutes</name>
    <message>
      <source>Arbejdsmøde</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <source>Arbejdsplads</source>
      <translation>Workplace</translation>
    </message>
    <message>
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Deltagere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Dilemmaer</source>
      <translation>Dilemmas</translation>
    </message>
    <message>
      <source>Faggruppernes bidrag</source>
      <translation>Contributions of the professions</translation>
    </message>
    <message>
      <source>Kerneopgaver</source>
      <translation>Core tasks</translation>
    </message>
    <message>
      <source>Mødeleder</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <source>Parkeringspladsen</source>
      <translation>Parking lot</translation>
    </message>
    <message>
      <source>Referat: {title}</source>
      <translation>Minutes: {title}</translation>
    </message>
    <message>
      <source>Stemmer</source>
      <translation>Votes</translation>
    </message>
    <message>
      <source>Tavle uden titel</source>
      <translation>Untitled board</translation>
    </message>
    <message>
      <source>Værdi og effekt</source>
      <translation>Value and effect</translation>
    </message>
    <message>
      <source>Noter</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Hvad har ændret sig siden {snapshot}</source>
      <translation>What has changed since {snapshot}</translation>
    </message>
    <message>
      <source>… (forkortet; hele teksten er i filen)</source>
      <translation>… (shortened; the whole text is in the file)</translation>
    </message>
    <message>
      <source>Fra telefonerne</source>
      <translation>From the phones</translation>
    </message>
    <message numerus="yes">
      <source>%n kort fra deltagerne</source>
      <translation>
        <numerusform>%n card from the participants</numerusform>
        <numerusform>%n cards from the participants</numerusform>
      </translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Side {page} af {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <source>Tavler og referat fra et arbejdsmøde om kerneopgaven</source>
      <translation>Boards and minutes of a workshop on the core task</translation>
    </message>
    <message>
      <source>Tavle uden titel</source>
      <translation>Untitled board</translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message>
      <source>&amp;Møde</source>
      <translation>&amp;Meeting</translation>
    </message>
    <message>
      <source>Minutter:</source>
      <translation>Minutes:</translation>
    </message>
    <message>
      <source>Nulstil stemmer</source>
      <translation>Reset votes</translation>
    </message>
    <message>
      <source>Parkeringsplads</source>
      <translation>Parking lot</translation>
    </message>
    <message>
      <source>Parkér</source>
      <translation>Park</translation>
    </message>
    <message>
      <source>Parkér {n} kort</source>
      <translation>Park {n} card(s)</translation>
    </message>
    <message>
      <source>Præsentationsskærm</source>
      <translation>Presentation screen</translation>
    </message>
    <message>
      <source>Præsentér</source>
      <translation>Present</translation>
    </message>
    <message>
      <source>Stem med klik (Skift-klik fjerner)</source>
      <translation>Vote by clicking (Shift-click takes back)</translation>
    </message>
    <message>
      <source>Nedtælling</source>
      <translation>Countdown</translation>
    </message>
    <message>
      <source>Nedtælling: nulstil</source>
      <translation>Countdown: reset</translation>
    </message>
    <message>
      <source>Nedtælling: start/pause</source>
      <translation>Countdown: start/pause</translation>
    </message>
    <message>
      <source>Nedtælling: sæt tid…</source>
      <translation>Countdown: set time…</translation>
    </message>
    <message>
      <source>Fremhæv det valgte</source>
      <translation>Highlight the selection</translation>
    </message>
    <message>
      <source>Fremhæv</source>
      <translation>Highlight</translation>
    </message>
    <message>
      <source>Stem</source>
      <translation>Vote</translation>
    </message>
  </context>
  <context>
    <name>Presenter</name>
    <message>
      <source>Præsentation – Kerneopgave-tavlen</source>
      <translation>Presentation – Kerneopgave-tavlen</translation>
    </message>
    <message>
      <source>Tavlen på projektoren</source>
      <translation>The board on the projector</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <source>Laver udskriften …</source>
      <translation>Making the printout …</translation>
    </message>
    <message>
      <source>Rapportens sider</source>
      <translation>The report's pages</translation>
    </message>
    <message>
      <source>Vis udskrift</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>Side {page}</source>
      <translation>Page {page}</translation>
    </message>
    <message>
      <source>Én side</source>
      <translation>One page</translation>
    </message>
    <message>
      <source>Alle sider</source>
      <translation>All pages</translation>
    </message>
    <message>
      <source>Forrige side</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>Næste side</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>Papir</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>Papir:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <source>Udskriv…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Luk</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Side {page} af {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
  </context>
  <context>
    <name>Look</name>
    <message>
      <source>Bidrag</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <source>Værdi</source>
      <translation>Value</translation>
    </message>
  </context>
  <context>
    <name>RoundTimer</name>
    <message>
      <source>Nedtælling</source>
      <translation>Countdown</translation>
    </message>
  </context>
  <context>
    <name>Changes</name>
    <message>
      <source>Fjernet</source>
      <translation>Removed</translation>
    </message>
    <message>
      <source>Flyttet</source>
      <translation>Moved</translation>
    </message>
    <message>
      <source>Forbindelser</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>Ingen ændringer</source>
      <translation>No changes</translation>
    </message>
    <message>
      <source>Omformuleret</source>
      <translation>Reworded</translation>
    </message>
    <message>
      <source>Tilføjet</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>fjernet forbindelse: {label}</source>
      <translation>link removed: {label}</translation>
    </message>
    <message>
      <source>ny forbindelse: {label}</source>
      <translation>new link: {label}</translation>
    </message>
    <message>
      <source>Ændret</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Tavler</source>
      <translation>Boards</translation>
    </message>
    <message>
      <source>fjernet tavle: {title}</source>
      <translation>removed board: {title}</translation>
    </message>
    <message>
      <source>ny tavle: {title}</source>
      <translation>new board: {title}</translation>
    </message>
    <message>
      <source>uden titel</source>
      <translation>untitled</translation>
    </message>
    <message>
      <source>Aftaler</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>{card}: er ikke længere en aftale</source>
      <translation>{card}: no longer an agreement</translation>
    </message>
    <message>
      <source>{card}: fjernet (var {status})</source>
      <translation>{card}: removed (was {status})</translation>
    </message>
    <message>
      <source>{card}: ny ({status})</source>
      <translation>{card}: new ({status})</translation>
    </message>
    <message>
      <source>{card}: {status} (uændret)</source>
      <translation>{card}: {status} (unchanged)</translation>
    </message>
  </context>
  <context>
    <name>Snapshots</name>
    <message>
      <source>Fra</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Fra {start} til {end}</source>
      <translation>From {start} to {end}</translation>
    </message>
    <message>
      <source>Gendan som ny tavle</source>
      <translation>Restore as a new board</translation>
    </message>
    <message>
      <source>Gendan øjebliksbillede</source>
      <translation>Restore snapshot</translation>
    </message>
    <message>
      <source>Hele arbejdsmødet</source>
      <translation>The whole workshop</translation>
    </message>
    <message>
      <source>Hvad har ændret sig siden {name}</source>
      <translation>What has changed since {name}</translation>
    </message>
    <message>
      <source>Kun tavlen »{title}«</source>
      <translation>Only the board "{title}"</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Navn:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Nu</source>
      <translation>Now</translation>
    </message>
    <message>
      <source>Omdøb øjebliksbillede</source>
      <translation>Rename snapshot</translation>
    </message>
    <message>
      <source>Omdøb…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <source>Omfang</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Sammenlign</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>Sammenlign…</source>
      <translation>Compare…</translation>
    </message>
    <message>
      <source>Slet</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Tag først et øjebliksbillede at sammenligne med.</source>
      <translation>First take a snapshot to compare with.</translation>
    </message>
    <message>
      <source>Tag øjebliksbillede</source>
      <translation>Take snapshot</translation>
    </message>
    <message>
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Uden titel</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <source>fx Personalemøde 3. marts</source>
      <translation>e.g. Staff meeting 3 March</translation>
    </message>
    <message>
      <source>hele arbejdsmødet</source>
      <translation>the whole workshop</translation>
    </message>
    <message>
      <source>{board} (fra {name})</source>
      <translation>{board} (from {name})</translation>
    </message>
    <message>
      <source>Åbn</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Ændringer</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>Øjebliksbillede: {name} (skrivebeskyttet)</source>
      <translation>Snapshot: {name} (read-only)</translation>
    </message>
    <message>
      <source>Øjebliksbilleder</source>
      <translation>Snapshots</translation>
    </message>
    <message>
      <source>Gendan</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Ingen øjebliksbilleder endnu.

Tag et, før I ændrer tavlen, fx »Før mødet«. Så kan I bagefter se, hvad der er flyttet, tilføjet og omformuleret, eller hente tavlen frem igen, som den var.</source>
      <translation>No snapshots yet.

Take one before you change the board, e.g. “Before the meeting”. Then you can see afterwards what was moved, added and reworded, or bring the board back as it was.</translation>
    </message>
    <message>
      <source>Tag øjebliksbillede…</source>
      <translation>Take a snapshot…</translation>
    </message>
  </context>
  <context>
    <name>Agreements</name>
    <message>
      <source>Tavle</source>
      <translation>Board</translation>
    </message>
    <message>
      <source>Aftale</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>Aftaler</source>
      <translation>Agreements</translation>
    </message>
    <message numerus="yes">
      <source>%n aftale(r) fra {day} skal følges op</source>
      <translation>
        <numerusform>%n agreement from {day} is due for follow-up</numerusform>
        <numerusform>%n agreements from {day} are due for follow-up</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n aftale(r) skal følges op</source>
      <translation>
        <numerusform>%n agreement is due for follow-up</numerusform>
        <numerusform>%n agreements are due for follow-up</numerusform>
      </translation>
    </message>
    <message>
      <source>Tavle uden titel</source>
      <translation>Untitled board</translation>
    </message>
  </context>
  <context>
    <name>Excel</name>
    <message>
      <source>Arket »{sheet}«, række {row}: {detail}</source>
      <translation>Sheet "{sheet}", row {row}: {detail}</translation>
    </message>
    <message>
      <source>Excel-filen har intet ark med kolonnen »Tekst«.</source>
      <translation>The Excel file has no sheet with a "Tekst" column.</translation>
    </message>
    <message>
      <source>FALSK</source>
      <translation>FALSE</translation>
    </message>
    <message>
      <source>SAND</source>
      <translation>TRUE</translation>
    </message>
    <message>
      <source>Filen er ikke en Excel-projektmappe (.xlsx).</source>
      <translation>The file is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <source>Tavle {n}</source>
      <translation>Board {n}</translation>
    </message>
  </context>
  <context>
    <name>Word minutes</name>
    <message>
      <source>Kortenes tekst står i referatet under billedet.</source>
      <translation>The cards' text is in the minutes below the picture.</translation>
    </message>
    <message>
      <source>Referat</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Referat af arbejdsmøde om kerneopgaven</source>
      <translation>Minutes of a workshop on the core task</translation>
    </message>
    <message>
      <source>Side {page} af {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <source>Tavle</source>
      <translation>Board</translation>
    </message>
    <message>
      <source>Tavlen »{title}« med {cards} kort</source>
      <translation>The board "{title}" with {cards} cards</translation>
    </message>
    <message>
      <source>i felterne {zones}</source>
      <translation>in the zones {zones}</translation>
    </message>
    <message>
      <source>uden titel</source>
      <translation>untitled</translation>
    </message>
  </context>
  <context>
    <name>RoomActions</name>
    <message>
      <source>Luk rummet</source>
      <translation>Close the room</translation>
    </message>
    <message numerus="yes">
      <source>%n kort venter stadig på at blive vendt.</source>
      <translation>
        <numerusform>%n card is still waiting to be turned over.</numerusform>
        <numerusform>%n cards are still waiting to be turned over.</numerusform>
      </translation>
    </message>
    <message>
      <source>Lad den stå åben</source>
      <translation>Leave it open</translation>
    </message>
    <message>
      <source>Luk runden</source>
      <translation>Close the round</translation>
    </message>
    <message>
      <source>Runden »{prompt}« er stadig åben. Skal den lukkes sammen med rummet?</source>
      <translation>The round “{prompt}” is still open. Close it together with the room?</translation>
    </message>
    <message>
      <source>Deltag fra telefoner…</source>
      <translation>Join from phones…</translation>
    </message>
    <message>
      <source>Parkeringsplads</source>
      <translation>Parking lot</translation>
    </message>
    <message>
      <source>Rummet kunne ikke åbnes på {address} ({detail}). Vælg et andet netværk.</source>
      <translation>The room could not be opened on {address} ({detail}). Choose another network.</translation>
    </message>
  </context>
  <context>
    <name>RoomOperations</name>
    <message>
      <source>Genåbn runde</source>
      <translation>Reopen round</translation>
    </message>
    <message>
      <source>Giv prik</source>
      <translation>Give a dot</translation>
    </message>
    <message>
      <source>Luk runde</source>
      <translation>Close round</translation>
    </message>
    <message>
      <source>Modtag kort</source>
      <translation>Receive card</translation>
    </message>
    <message>
      <source>Slet runde</source>
      <translation>Delete round</translation>
    </message>
    <message>
      <source>Tag prik tilbage</source>
      <translation>Take back a dot</translation>
    </message>
    <message>
      <source>Tag stilling</source>
      <translation>Take a stance</translation>
    </message>
    <message>
      <source>Træk kort tilbage</source>
      <translation>Withdraw card</translation>
    </message>
    <message>
      <source>Åbn runde</source>
      <translation>Open round</translation>
    </message>
    <message>
      <source>Rediger kort</source>
      <translation>Edit card</translation>
    </message>
    <message>
      <source>Rediger runde</source>
      <translation>Edit round</translation>
    </message>
  </context>
  <context>
    <name>RoomPage</name>
    <message>
      <source>Deltag i mødet</source>
      <translation>Join the meeting</translation>
    </message>
    <message>
      <source>Denne runde har ingen prikker.</source>
      <translation>This round has no dots.</translation>
    </message>
    <message>
      <source>Denne runde spørger ikke om holdninger.</source>
      <translation>This round does not ask for stances.</translation>
    </message>
    <message>
      <source>Denne runde tager ikke imod kort.</source>
      <translation>This round takes no cards.</translation>
    </message>
    <message>
      <source>Denne telefon er taget ud af mødet. Scan QR-koden igen for at deltage.</source>
      <translation>This phone has been taken out of the meeting. Scan the QR code again to join.</translation>
    </message>
    <message>
      <source>Der er ingen kort på tavlen endnu.</source>
      <translation>There are no cards on the board yet.</translation>
    </message>
    <message>
      <source>Det er for meget på én gang.</source>
      <translation>That is too much at once.</translation>
    </message>
    <message>
      <source>Det forstod computeren ikke.</source>
      <translation>The computer did not understand that.</translation>
    </message>
    <message>
      <source>Det kort er ikke dit.</source>
      <translation>That card is not yours.</translation>
    </message>
    <message>
      <source>Dine kort</source>
      <translation>Your cards</translation>
    </message>
    <message>
      <source>Dine kort kommer op på tavlen med det samme.</source>
      <translation>Your cards go up on the board at once.</translation>
    </message>
    <message>
      <source>Dine prikker</source>
      <translation>Your dots</translation>
    </message>
    <message>
      <source>Dit kort</source>
      <translation>Your card</translation>
    </message>
    <message>
      <source>Dit navn eller din faggruppe (frivilligt)</source>
      <translation>Your name or profession (optional)</translation>
    </message>
    <message>
      <source>Du har brugt alle dine prikker.</source>
      <translation>You have used all your dots.</translation>
    </message>
    <message>
      <source>Du har ikke sendt noget i denne runde.</source>
      <translation>You have not sent anything in this round.</translation>
    </message>
    <message>
      <source>Du har ingen prik på det kort.</source>
      <translation>You have no dot on that card.</translation>
    </message>
    <message>
      <source>Du har sendt så mange kort, som en runde kan tage.</source>
      <translation>You have sent as many cards as a round can take.</translation>
    </message>
    <message>
      <source>Du sender meget hurtigt. Vent et øjeblik.</source>
      <translation>You are sending very fast. Wait a moment.</translation>
    </message>
    <message>
      <source>Forbindelsen er afbrudt. Prøver igen …</source>
      <translation>The connection is lost. Trying again …</translation>
    </message>
    <message>
      <source>Forbinder …</source>
      <translation>Connecting …</translation>
    </message>
    <message>
      <source>Forbundet med mødelederens computer.</source>
      <translation>Connected to the facilitator's computer.</translation>
    </message>
    <message>
      <source>Fortryd</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Gem</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Gemt.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Giv en prik</source>
      <translation>Give a dot</translation>
    </message>
    <message>
      <source>Ingen holdning</source>
      <translation>No stance</translation>
    </message>
    <message>
      <source>Ingen runde er åben lige nu. Vent på mødelederen.</source>
      <translation>No round is open right now. Wait for the facilitator.</translation>
    </message>
    <message>
      <source>Kortene vises først, når mødelederen vender dem. Indtil da ser kun du dine egne.</source>
      <translation>The cards show only when the facilitator turns them over. Until then only you see yours.</translation>
    </message>
    <message>
      <source>Kortet er her ikke længere.</source>
      <translation>The card is no longer here.</translation>
    </message>
    <message>
      <source>Kortet er vendt og kan ikke længere rettes.</source>
      <translation>The card has been turned over and can no longer be edited.</translation>
    </message>
    <message>
      <source>Med bagsiden op</source>
      <translation>Face down</translation>
    </message>
    <message>
      <source>Mødelederen har lukket for telefonerne.</source>
      <translation>The facilitator has closed the room for phones.</translation>
    </message>
    <message>
      <source>Mødelederens computer svarer ikke lige nu. Prøv igen.</source>
      <translation>The facilitator's computer is not answering right now. Try again.</translation>
    </message>
    <message>
      <source>Prikker i alt</source>
      <translation>Dots in all</translation>
    </message>
    <message>
      <source>Prikker tilbage</source>
      <translation>Dots left</translation>
    </message>
    <message>
      <source>På tavlen</source>
      <translation>On the board</translation>
    </message>
    <message>
      <source>Resultatet vises, når mødelederen viser det.</source>
      <translation>The result shows when the facilitator shows it.</translation>
    </message>
    <message>
      <source>Rumkode</source>
      <translation>Room code</translation>
    </message>
    <message>
      <source>Rummets holdning</source>
      <translation>The room's stance</translation>
    </message>
    <message>
      <source>Runden</source>
      <translation>The round</translation>
    </message>
    <message>
      <source>Runden er lukket.</source>
      <translation>The round is closed.</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Send</translation>
    </message>
    <message>
      <source>Sendt.</source>
      <translation>Sent.</translation>
    </message>
    <message>
      <source>Skriv noget på kortet først.</source>
      <translation>Write something on the card first.</translation>
    </message>
    <message>
      <source>Slags kort</source>
      <translation>Kind of card</translation>
    </message>
    <message>
      <source>Tag en prik tilbage</source>
      <translation>Take back a dot</translation>
    </message>
    <message>
      <source>Tag stilling</source>
      <translation>Take a stance</translation>
    </message>
    <message>
      <source>Tavlen</source>
      <translation>The board</translation>
    </message>
    <message>
      <source>Teksten er for lang.</source>
      <translation>The text is too long.</translation>
    </message>
    <message>
      <source>Trukket tilbage.</source>
      <translation>Withdrawn.</translation>
    </message>
    <message>
      <source>Træk tilbage</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <source>Vendt: kan ikke længere rettes</source>
      <translation>Turned over: can no longer be edited</translation>
    </message>
    <message>
      <source>tegn tilbage</source>
      <translation>characters left</translation>
    </message>
    <message>
      <source>Rediger</source>
      <translation>Edit</translation>
    </message>
  </context>
  <context>
    <name>RoomRules</name>
    <message>
      <source>Giv prik (fra telefon)</source>
      <translation>Give a dot (from a phone)</translation>
    </message>
    <message>
      <source>Kort med bagsiden op (fra telefon)</source>
      <translation>Face-down card (from a phone)</translation>
    </message>
    <message>
      <source>Nyt kort (fra telefon)</source>
      <translation>New card (from a phone)</translation>
    </message>
    <message>
      <source>Tag prik tilbage (fra telefon)</source>
      <translation>Take back a dot (from a phone)</translation>
    </message>
    <message>
      <source>Tag stilling (fra telefon)</source>
      <translation>Take a stance (from a phone)</translation>
    </message>
    <message>
      <source>Træk kort tilbage (fra telefon)</source>
      <translation>Withdraw card (from a phone)</translation>
    </message>
    <message>
      <source>Vend kort fra telefonerne</source>
      <translation>Turn over the phones' cards</translation>
    </message>
    <message>
      <source>Vis resultaterne</source>
      <translation>Show the results</translation>
    </message>
    <message>
      <source>Rediger kort (fra telefon)</source>
      <translation>Edit card (from a phone)</translation>
    </message>
  </context>
  <context>
    <name>RoomWidgets</name>
    <message>
      <source>Deltag fra telefonen</source>
      <translation>Join from your phone</translation>
    </message>
    <message>
      <source>Kort med bagsiden op</source>
      <translation>Face-down cards</translation>
    </message>
    <message>
      <source>QR-kode til at deltage fra telefonen</source>
      <translation>QR code to join from a phone</translation>
    </message>
    <message>
      <source>Rumkode {code}</source>
      <translation>Room code {code}</translation>
    </message>
    <message>
      <source>{n} kort med bagsiden op</source>
      <translation>{n} cards face down</translation>
    </message>
  </context>
  <context>
    <name>RoomWindow</name>
    <message>
      <source>Uden kamera: skriv hele adressen
{address}</source>
      <translation>Without a camera, type the whole address
{address}</translation>
    </message>
    <message>
      <source>(uden spørgsmål)</source>
      <translation>(no question)</translation>
    </message>
    <message>
      <source>Deltag fra telefoner – Kerneopgave-tavlen</source>
      <translation>Join from phones – Kerneopgave-tavlen</translation>
    </message>
    <message>
      <source>Deltagerne må skrive navn eller faggruppe</source>
      <translation>Participants may give a name or profession</translation>
    </message>
    <message>
      <source>Felt uden titel</source>
      <translation>Untitled zone</translation>
    </message>
    <message>
      <source>Fjern den valgte telefon</source>
      <translation>Remove the chosen phone</translation>
    </message>
    <message>
      <source>Fx: Hvad bidrager jeres faggruppe med?</source>
      <translation>E.g.: What does your profession contribute?</translation>
    </message>
    <message>
      <source>Ingen kort (kun prikker eller holdninger)</source>
      <translation>No cards (dots or stances only)</translation>
    </message>
    <message>
      <source>Ingen runde er åben.</source>
      <translation>No round is open.</translation>
    </message>
    <message>
      <source>Luk rummet</source>
      <translation>Close the room</translation>
    </message>
    <message>
      <source>Luk runden</source>
      <translation>Close the round</translation>
    </message>
    <message>
      <source>Løbende</source>
      <translation>As they come</translation>
    </message>
    <message>
      <source>Med bagsiden op, til I vender kortene</source>
      <translation>Face down until you turn the cards over</translation>
    </message>
    <message>
      <source>Netværk</source>
      <translation>Network</translation>
    </message>
    <message>
      <source>Netværk:</source>
      <translation>Network:</translation>
    </message>
    <message>
      <source>Når I vender kortene</source>
      <translation>When you turn the cards over</translation>
    </message>
    <message>
      <source>Parkeringspladsen</source>
      <translation>The parking lot</translation>
    </message>
    <message>
      <source>Prikker og holdninger vises:</source>
      <translation>Dots and stances show:</translation>
    </message>
    <message>
      <source>Prikker pr. deltager</source>
      <translation>Dots per participant</translation>
    </message>
    <message>
      <source>Prikker pr. deltager:</source>
      <translation>Dots per participant:</translation>
    </message>
    <message>
      <source>Rumkode {code}</source>
      <translation>Room code {code}</translation>
    </message>
    <message>
      <source>Runde</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Scan koden med telefonens kamera:</source>
      <translation>Scan the code with the phone's camera:</translation>
    </message>
    <message>
      <source>Slags kort:</source>
      <translation>Kind of card:</translation>
    </message>
    <message>
      <source>Spørgsmål:</source>
      <translation>Question:</translation>
    </message>
    <message>
      <source>Tag stilling til tavlens dilemmaer</source>
      <translation>Take a stance on the board's dilemmas</translation>
    </message>
    <message>
      <source>Telefonerne skal være på samme netværk som computeren. Mange gæstenet holder enhederne adskilt, så telefonerne ikke kan nå computeren. Virker det ikke, så brug computerens eget hotspot, et hotspot fra en telefon eller en lille router medbragt til mødet, og vælg det netværk her.</source>
      <translation>The phones must be on the same network as the computer. Many guest networks keep devices apart, so phones cannot reach the computer. If it does not work, use the computer's own hotspot, a hotspot from a phone or a small router brought to the meeting, and choose that network here.</translation>
    </message>
    <message>
      <source>Tilsluttede telefoner</source>
      <translation>Connected phones</translation>
    </message>
    <message>
      <source>Ved siden af tavlen</source>
      <translation>Beside the board</translation>
    </message>
    <message>
      <source>Vend alle</source>
      <translation>Turn all over</translation>
    </message>
    <message>
      <source>Vend ind i</source>
      <translation>Turn over into</translation>
    </message>
    <message>
      <source>Vend ind i:</source>
      <translation>Turn over into:</translation>
    </message>
    <message>
      <source>Vend ét kort</source>
      <translation>Turn one card over</translation>
    </message>
    <message>
      <source>Vis koden på projektoren</source>
      <translation>Show the code on the projector</translation>
    </message>
    <message>
      <source>forbundet</source>
      <translation>connected</translation>
    </message>
    <message>
      <source>ikke forbundet lige nu</source>
      <translation>not connected right now</translation>
    </message>
    <message>
      <source>{prompt}
{cards} kort, heraf {down} med bagsiden op; {dots} prikker; {stances} holdninger; fra {devices} telefoner.</source>
      <translation>{prompt}
{cards} cards, {down} of them face down; {dots} dots; {stances} stances; from {devices} phones.</translation>
    </message>
    <message>
      <source>Åben runde</source>
      <translation>Open round</translation>
    </message>
    <message>
      <source>Åbn runden</source>
      <translation>Open the round</translation>
    </message>
  </context>
  <context>
    <name>Leftovers</name>
    <message>
      <source>Filen er åbnet skrivebeskyttet, fordi {reason}.</source>
      <translation>The file is open read-only because {reason}.</translation>
    </message>
    <message>
      <source>Filen har en afbrudt gemning fra et nedbrud; åbn filen i programmet, så gøres den færdig. Her er den læst, som den bliver.</source>
      <translation>The file has a save interrupted by a crash; open it in the program to finish it. Here it is read as it will be.</translation>
    </message>
    <message>
      <source>Filen havde en afbrudt gemning fra et nedbrud; den er gjort færdig nu. En kopi af filen, som den lå, er gemt i {folder}.</source>
      <translation>The file had a save interrupted by a crash; it has been finished now. A copy of the file as it was is kept in {folder}.</translation>
    </message>
    <message>
      <source>der kunne ikke tages en sikkerhedskopi af filen, som den lå ({detail})</source>
      <translation>no backup of the file as it was could be made ({detail})</translation>
    </message>
    <message>
      <source>{name} kunne ikke flyttes til side ({detail})</source>
      <translation>{name} could not be moved aside ({detail})</translation>
    </message>
    <message>
      <source>{name} ligger ved siden af filen, men hører ikke til den; den er ikke brugt. Åbn filen i programmet, så flyttes den til side.</source>
      <translation>{name} lies beside the file but does not belong to it; it was not used. Open the file in the program to move it aside.</translation>
    </message>
    <message>
      <source>{name} lå ved siden af filen, men hører ikke til den (den er fra en anden fil eller et andet program). Den er flyttet til {target}, og filen er åbnet uændret.</source>
      <translation>{name} lay beside the file but does not belong to it (it is from another file or another program). It has been moved to {target}, and the file is open unchanged.</translation>
    </message>
    <message>
      <source>Et andet program havde skiftet filen til WAL; dets ændringer er skrevet ind i filen, som igen bruger sin almindelige journal. En kopi af filen, som den lå, er gemt i {folder}.</source>
      <translation>Another program had switched the file to WAL; its changes have been written into the file, which uses its usual journal again. A copy of the file as it was is kept in {folder}.</translation>
    </message>
  </context>
  <context>
    <name>Strangers</name>
    <message>
      <source> og {count} mere</source>
      <translation> and {count} more</translation>
    </message>
    <message>
      <source>Filen indeholder noget, som Kerneopgave-tavlen ikke selv har lavet ({names}), fx tilføjet af et andet program. Den er åbnet skrivebeskyttet, så det aldrig bliver kørt. Brug Gem en kopi… for at få en ren fil, du kan arbejde videre i.</source>
      <translation>The file holds things Kerneopgave-tavlen did not make itself ({names}), added by another program, for instance. It is open read-only, so they are never run. Use Save a copy… to get a clean file to go on working in.</translation>
    </message>
    <message>
      <source>indeks</source>
      <translation>index</translation>
    </message>
    <message>
      <source>tabel</source>
      <translation>table</translation>
    </message>
    <message>
      <source>trigger</source>
      <translation>trigger</translation>
    </message>
    <message>
      <source>view</source>
      <translation>view</translation>
    </message>
    <message>
      <source>ændret {what}</source>
      <translation>changed {what}</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Du har ikke adgang til at læse {path}.</source>
      <translation>You do not have permission to read {path}.</translation>
    </message>
    <message>
      <source>Filen findes ikke: {path}</source>
      <translation>The file does not exist: {path}</translation>
    </message>
    <message>
      <source>Kunne ikke læse {path} ({detail}).</source>
      <translation>Could not read {path} ({detail}).</translation>
    </message>
    <message>
      <source>{path} er en mappe, ikke en fil.</source>
      <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
      <source>{path} er for stor til at importere (over {limit} MB).</source>
      <translation>{path} is too large to import (over {limit} MB).</translation>
    </message>
    <message>
      <source>{path} er ikke en tekstfil i UTF-8.</source>
      <translation>{path} is not a UTF-8 text file.</translation>
    </message>
  </context>
  <context>
    <name>Image</name>
    <message>
      <source>Der var ikke hukommelse nok til billedet. Vælg en lavere opløsning.</source>
      <translation>There was not enough memory for the picture. Choose a lower resolution.</translation>
    </message>
    <message>
      <source>Opløsningen skal være mellem {low} og {high} DPI.</source>
      <translation>The resolution must be between {low} and {high} DPI.</translation>
    </message>
    <message>
      <source>Tavlen er for stor til et billede i {dpi} DPI. Vælg højst {fits} DPI, eller eksportér som SVG eller PDF.</source>
      <translation>The board is too large for a picture at {dpi} DPI. Choose at most {fits} DPI, or export as SVG or PDF.</translation>
    </message>
    <message>
      <source>Tavlen er for stor til et billede. Eksportér den som SVG eller PDF.</source>
      <translation>The board is too large for a picture. Export it as SVG or PDF.</translation>
    </message>
  </context>
  <context>
    <name>Output</name>
    <message>
      <source>Kunne ikke skrive {path} ({detail}).</source>
      <translation>Could not write {path} ({detail}).</translation>
    </message>
    <message>
      <source>Navnet »{name}« er for langt: et filnavn må højst fylde {limit} byte.</source>
      <translation>The name "{name}" is too long: a file name may take at most {limit} bytes.</translation>
    </message>
  </context>
  <context>
    <name>BoardCommands</name>
    <message>
      <source>Afbryd, eller fravælg alt</source>
      <translation>Cancel, or select nothing</translation>
    </message>
    <message>
      <source>Fjern stemme</source>
      <translation>Remove a vote</translation>
    </message>
    <message>
      <source>Flyt langt ned</source>
      <translation>Move far down</translation>
    </message>
    <message>
      <source>Flyt langt op</source>
      <translation>Move far up</translation>
    </message>
    <message>
      <source>Flyt langt til højre</source>
      <translation>Move far right</translation>
    </message>
    <message>
      <source>Flyt langt til venstre</source>
      <translation>Move far left</translation>
    </message>
    <message>
      <source>Flyt ned</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Flyt op</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Flyt til højre</source>
      <translation>Move right</translation>
    </message>
    <message>
      <source>Flyt til venstre</source>
      <translation>Move left</translation>
    </message>
    <message>
      <source>Forrige</source>
      <translation>Previous</translation>
    </message>
    <message>
      <source>Giv stemme</source>
      <translation>Add a vote</translation>
    </message>
    <message>
      <source>Næste</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Rediger kortets tekst eller feltets navn</source>
      <translation>Edit the card's text or the zone's name</translation>
    </message>
  </context>
  <context>
    <name>Checks</name>
    <message>
      <source>Mangler forbindelse til niveauet over</source>
      <translation>No link to the level above</translation>
    </message>
    <message>
      <source>Tom celle: hvad ser I herfra?</source>
      <translation>Empty cell: what do you see from here?</translation>
    </message>
  </context>
  <context>
    <name>DrawnCard</name>
    <message>
      <source>Trukket: {kind}</source>
      <translation>Drawn: {kind}</translation>
    </message>
  </context>
  <context>
    <name>EmptyHint</name>
    <message>
      <source>Tavlen er tom. Sådan kommer I i gang:

Dobbeltklik et sted på tavlen for et kort
Træk en korttype ind fra Kort til venstre
Tryk Ctrl+K for at trække et dilemma</source>
      <translation>The board is empty. To begin:

Double-click anywhere on the board for a card
Drag a card kind in from Cards on the left
Press Ctrl+K to draw a dilemma</translation>
    </message>
  </context>
  <context>
    <name>Palette</name>
    <message>
      <source>Korttyper</source>
      <translation>Card kinds</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Dobbeltklik på feltets navn, eller vælg det og tryk F2</source>
      <translation>Double-click the zone's name, or select it and press F2</translation>
    </message>
    <message>
      <source>Dobbeltklik på tom tavle</source>
      <translation>Double-click empty board</translation>
    </message>
    <message>
      <source>Flyt rundt på tavlen</source>
      <translation>Move around the board</translation>
    </message>
    <message>
      <source>Forbind to kort</source>
      <translation>Link two cards</translation>
    </message>
    <message>
      <source>Hold mellemrum og træk, eller træk med midterknappen</source>
      <translation>Hold Space and drag, or drag with the middle button</translation>
    </message>
    <message>
      <source>Med musen</source>
      <translation>With the mouse</translation>
    </message>
    <message>
      <source>Nyt kort</source>
      <translation>New card</translation>
    </message>
    <message>
      <source>Omdøb et felt</source>
      <translation>Rename a zone</translation>
    </message>
    <message>
      <source>Rullehjulet, eller knib på pladen</source>
      <translation>The wheel, or pinch on the touchpad</translation>
    </message>
    <message>
      <source>Tastaturgenveje</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Træk en ramme, eller Ctrl-klik</source>
      <translation>Drag a frame, or Ctrl+click</translation>
    </message>
    <message>
      <source>Træk fra et korts håndtag til det andet kort</source>
      <translation>Drag from a card's handle to the other card</translation>
    </message>
    <message>
      <source>Udskriv…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Vælg flere</source>
      <translation>Select several</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
  </context>
  <context>
    <name>ZoomControl</name>
    <message>
      <source>Zoom {level}</source>
      <translation>Zoom {level}</translation>
    </message>
    <message>
      <source>Hele tavlen</source>
      <translation>Whole board</translation>
    </message>
    <message>
      <source>Tilbage til 100 %</source>
      <translation>Back to 100 %</translation>
    </message>
    <message>
      <source>Vis hele tavlen (Ctrl+0)</source>
      <translation>Show the whole board (Ctrl+0)</translation>
    </message>
    <message>
      <source>Zoom ind</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>Zoom ud</source>
      <translation>Zoom out</translation>
    </message>
  </context>
  <context>
    <name>FieldWidgets</name>
    <message>
      <source>Hænder for »{stance}«</source>
      <translation>Hands for “{stance}”</translation>
    </message>
    <message>
      <source>Sæt en dato</source>
      <translation>Set a date</translation>
    </message>
    <message>
      <source>{field}: sæt en dato</source>
      <translation>{field}: set a date</translation>
    </message>
  </context>
  <context>
    <name>FollowUpBar</name>
    <message>
      <source>Skjul</source>
      <translation>Hide</translation>
    </message>
    <message>
      <source>Vis dem</source>
      <translation>Show them</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>Hvilken del af kommunen handler mødet om?</source>
      <translation>Which part of the municipality is the meeting about?</translation>
    </message>
    <message>
      <source>Ingen bestemt</source>
      <translation>None in particular</translation>
    </message>
    <message>
      <source>Kortbunken trækker fra alle sektorer.</source>
      <translation>The deck draws from every sector.</translation>
    </message>
    <message>
      <source>Nyt arbejdsmøde</source>
      <translation>New workshop</translation>
    </message>
    <message>
      <source>»Træk et kort« trækker dilemmaer fra den sektor. I kan ændre den under Rediger › Oplysninger om arbejdsmødet…</source>
      <translation>“Draw a card” draws dilemmas from that sector. You can change it under Edit › Workshop details…</translation>
    </message>
  </context>
  <context>
    <name>GroupActions</name>
    <message>
      <source>Gruppernes kort er samlet på »{board}«, hvert i sit felt.</source>
      <translation>The groups' cards are gathered on “{board}”, each in its cell.</translation>
    </message>
    <message>
      <source>Del i grupper</source>
      <translation>Split into groups</translation>
    </message>
    <message>
      <source>En tavle til hver gruppe: den formelle, den udførte og den oplevede kerneopgave, med alle niveauer</source>
      <translation>A board for each group: the formal, the performed and the experienced core task, with every level</translation>
    </message>
    <message>
      <source>Gruppernes kort ind i fællestavlens felter, hvert i sit niveau og perspektiv</source>
      <translation>The groups' cards into the shared board's cells, each in its level and perspective</translation>
    </message>
    <message>
      <source>Saml grupperne</source>
      <translation>Gather the groups</translation>
    </message>
    <message>
      <source>Tre gruppetavler er lagt efter »{board}«. Saml dem igen med Tavle › Saml grupperne.</source>
      <translation>Three group boards follow “{board}”. Gather them again with Board › Gather the groups.</translation>
    </message>
  </context>
  <context>
    <name>Groups</name>
    <message>
      <source>Del i grupper</source>
      <translation>Split into groups</translation>
    </message>
    <message>
      <source>Der er ingen grupper at samle her.</source>
      <translation>There are no groups to gather here.</translation>
    </message>
    <message>
      <source>Kun en tavle med tre perspektiver, der ikke allerede er delt i grupper, kan deles i grupper.</source>
      <translation>Only a board with the three perspectives that is not already split into groups can be split into groups.</translation>
    </message>
    <message>
      <source>Saml grupperne</source>
      <translation>Gather the groups</translation>
    </message>
  </context>
  <context>
    <name>Personal</name>
    <message>
      <source>Ligner en personoplysning ({what})</source>
      <translation>Looks like personal data ({what})</translation>
    </message>
  </context>
  <context>
    <name>Model</name>
    <message>
      <source>et korts {field}</source>
      <translation>a card's {field}</translation>
    </message>
    <message>
      <source>øjebliksbilledet {name} bruger et id to gange</source>
      <translation>the snapshot {name} uses an id twice</translation>
    </message>
    <message>
      <source>{what} skal være et objekt</source>
      <translation>{what} must be an object</translation>
    </message>
    <message>
      <source>{what} skal være en dato (ÅÅÅÅ-MM-DD) eller null</source>
      <translation>{what} must be a date (YYYY-MM-DD) or null</translation>
    </message>
    <message>
      <source>{what} mangler {key}</source>
      <translation>{what} lacks {key}</translation>
    </message>
    <message>
      <source>{what} mangler en gyldig 'kind'</source>
      <translation>{what} lacks a valid 'kind'</translation>
    </message>
    <message>
      <source>{what} har en ukendt nøgle {key}</source>
      <translation>{what} has an unknown key {key}</translation>
    </message>
    <message>
      <source>{kind} er ikke en korttype ({kinds})</source>
      <translation>{kind} is not a card kind ({kinds})</translation>
    </message>
    <message>
      <source>{field}: {value} er ikke en gyldig værdi ({codes})</source>
      <translation>{field}: {value} is not a valid value ({codes})</translation>
    </message>
    <message>
      <source>{field}: et antal skal være et helt tal fra 0 til {most}</source>
      <translation>{field}: a count must be a whole number from 0 to {most}</translation>
    </message>
    <message>
      <source>{field} skal være true eller false</source>
      <translation>{field} must be true or false</translation>
    </message>
    <message>
      <source>{field} skal være tripler af enhed, dilemma og holdning</source>
      <translation>{field} must be (device, dilemma, stance) triples</translation>
    </message>
    <message>
      <source>{field} skal være tekst</source>
      <translation>{field} must be text</translation>
    </message>
    <message>
      <source>{field} skal være sat</source>
      <translation>{field} must be set</translation>
    </message>
    <message>
      <source>{field} skal være par af spørgsmål og svar</source>
      <translation>{field} must be (question, answer) pairs</translation>
    </message>
    <message>
      <source>{field} skal være par af holdning og antal</source>
      <translation>{field} must be (stance, count) pairs</translation>
    </message>
    <message>
      <source>{field} skal være par af enhed og kort</source>
      <translation>{field} must be (device, card) pairs</translation>
    </message>
    <message>
      <source>{field} skal være fra {low} til {high}</source>
      <translation>{field} must be from {low} to {high}</translation>
    </message>
    <message>
      <source>{field} skal være et tidspunkt i ISO 8601</source>
      <translation>{field} must be an ISO 8601 time</translation>
    </message>
    <message>
      <source>{field} skal være et tal</source>
      <translation>{field} must be a number</translation>
    </message>
    <message>
      <source>{field} skal være et helt tal fra 0 til {most}</source>
      <translation>{field} must be a whole number from 0 to {most}</translation>
    </message>
    <message>
      <source>{field} skal være et endeligt tal</source>
      <translation>{field} must be a finite number</translation>
    </message>
    <message>
      <source>{field} skal være en liste af tavler</source>
      <translation>{field} must be a list of boards</translation>
    </message>
    <message>
      <source>{field} skal være en liste af navne</source>
      <translation>{field} must be a list of names</translation>
    </message>
    <message>
      <source>{field} skal være en liste</source>
      <translation>{field} must be a list</translation>
    </message>
    <message>
      <source>{field} skal være en farve som #rrggbb eller tom</source>
      <translation>{field} must be a colour as #rrggbb or empty</translation>
    </message>
    <message>
      <source>{field} skal være en dato eller tom</source>
      <translation>{field} must be a date or empty</translation>
    </message>
    <message>
      <source>{field} skal være en dato</source>
      <translation>{field} must be a date</translation>
    </message>
    <message>
      <source>{field} skal have hvert spørgsmål én gang og i rækkefølge</source>
      <translation>{field} must hold each question once, in order</translation>
    </message>
    <message>
      <source>{field} skal have hver holdning én gang og i rækkefølge</source>
      <translation>{field} must hold each stance once, in order</translation>
    </message>
    <message>
      <source>{field} må ikke være tom</source>
      <translation>{field} must not be empty</translation>
    </message>
    <message>
      <source>{field} indeholder et ugyldigt tegn (en enlig surrogat)</source>
      <translation>{field} holds an invalid character (a lone surrogate)</translation>
    </message>
    <message>
      <source>{field} har én holdning pr. enhed og dilemma</source>
      <translation>{field} holds one stance per device and dilemma</translation>
    </message>
    <message>
      <source>{field} er længere end {most} tegn</source>
      <translation>{field} is longer than {most} characters</translation>
    </message>
    <message>
      <source>tavlen {board} bruger et id to gange</source>
      <translation>the board {board} uses an id twice</translation>
    </message>
    <message>
      <source>id'et {id} er brugt to gange</source>
      <translation>the id {id} is used twice</translation>
    </message>
    <message>
      <source>forbindelsen {link} skal gå mellem to kort på sin tavle</source>
      <translation>the link {link} must join two cards on its board</translation>
    </message>
    <message>
      <source>et {kind}-kort</source>
      <translation>a {kind} card</translation>
    </message>
    <message>
      <source>et korts {field} skal være et objekt</source>
      <translation>a card's {field} must be an object</translation>
    </message>
    <message>
      <source>et kort i en bunke</source>
      <translation>a deck card</translation>
    </message>
    <message>
      <source>et kort</source>
      <translation>a card</translation>
    </message>
    <message>
      <source>et indsendt bidrag</source>
      <translation>a submission</translation>
    </message>
    <message>
      <source>en zone</source>
      <translation>a zone</translation>
    </message>
    <message>
      <source>en tavles title og template skal være tekst</source>
      <translation>a board's title and template must be text</translation>
    </message>
    <message>
      <source>en tavles id skal være tekst, der ikke er tom</source>
      <translation>a board's id must be non-empty text</translation>
    </message>
    <message>
      <source>en tavle</source>
      <translation>a board</translation>
    </message>
    <message>
      <source>en rundes {key} skal være en liste af lister med {size} dele</source>
      <translation>a round's {key} must be a list of {size}-item lists</translation>
    </message>
    <message>
      <source>en runde</source>
      <translation>a round</translation>
    </message>
    <message>
      <source>en gruppetavle har både en fælles tavle og et perspektiv</source>
      <translation>a group board has both a plenary board and a perspective</translation>
    </message>
    <message>
      <source>en forbindelse skal gå mellem to forskellige kort</source>
      <translation>a link must join two different cards</translation>
    </message>
    <message>
      <source>en forbindelse</source>
      <translation>a link</translation>
    </message>
    <message>
      <source>en bunkes id skal være tekst, der ikke er tom</source>
      <translation>a deck's id must be non-empty text</translation>
    </message>
    <message>
      <source>en bunkes cards skal være en liste</source>
      <translation>a deck's cards must be a list</translation>
    </message>
    <message>
      <source>en bunke</source>
      <translation>a deck</translation>
    </message>
    <message>
      <source>bunken {deck} bruger et korts id to gange</source>
      <translation>the deck {deck} uses a card id twice</translation>
    </message>
    <message>
      <source>Zone.locked og Zone.stop skal være true eller false</source>
      <translation>Zone.locked and Zone.stop must be true or false</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source>{text} er ikke en dato (ÅÅÅÅ-MM-DD)</source>
      <translation>{text} is not a date (YYYY-MM-DD)</translation>
    </message>
  </context>
  <context>
    <name>Text</name>
    <message>
      <source>tekst i filen er ikke gyldig UTF-8</source>
      <translation>text in the file is not valid UTF-8</translation>
    </message>
    <message>
      <source>et linjeskift står i et felt uden anførselstegn</source>
      <translation>a line break stands in a field without quotes</translation>
    </message>
    <message>
      <source>linjen indeholder et NUL-tegn</source>
      <translation>the line holds a NUL character</translation>
    </message>
    <message>
      <source>et felt er længere, end et kort kan rumme</source>
      <translation>a field is longer than a card can hold</translation>
    </message>
    <message>
      <source>netværket kan ikke nås</source>
      <translation>the network cannot be reached</translation>
    </message>
    <message>
      <source>adressen findes ikke på denne computer</source>
      <translation>the address is not on this computer</translation>
    </message>
    <message>
      <source>porten bruges allerede af et andet program</source>
      <translation>another program already uses the port</translation>
    </message>
    <message>
      <source>navnet er for langt</source>
      <translation>the name is too long</translation>
    </message>
    <message>
      <source>ingen adgang</source>
      <translation>access denied</translation>
    </message>
    <message>
      <source>filens indhold er ødelagt</source>
      <translation>the file's content is broken</translation>
    </message>
    <message>
      <source>filen kunne ikke åbnes</source>
      <translation>the file could not be opened</translation>
    </message>
    <message>
      <source>filen kan kun læses</source>
      <translation>the file is read-only</translation>
    </message>
    <message>
      <source>filen er ikke en database</source>
      <translation>the file is not a database</translation>
    </message>
    <message>
      <source>filen eller mappen findes ikke</source>
      <translation>the file or folder does not exist</translation>
    </message>
    <message>
      <source>et andet program bruger filen</source>
      <translation>another program is using the file</translation>
    </message>
    <message>
      <source>drevet kunne ikke læses eller skrives</source>
      <translation>the drive could not be read or written</translation>
    </message>
    <message>
      <source>drevet kan kun læses</source>
      <translation>the drive is read-only</translation>
    </message>
    <message>
      <source>disken er fuld</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <source>din plads på drevet er brugt op</source>
      <translation>your space on the drive is used up</translation>
    </message>
  </context>
  <context>
    <name>AccessibleNames</name>
    <message>
      <source>Flere værktøjer</source>
      <translation>More tools</translation>
    </message>
  </context>
  <context>
    <name>BoardView</name>
    <message>
      <source>Tavle</source>
      <translation>Board</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>{summary}: {what}, på tavlen {board}</source>
      <translation>{summary}: {what}, on the board {board}</translation>
    </message>
    <message>
      <source>{n} af {total}</source>
      <translation>{n} of {total}</translation>
    </message>
    <message>
      <source>Tøm søgefeltet</source>
      <translation>Clear the search</translation>
    </message>
    <message>
      <source>Søg…</source>
      <translation>Find…</translation>
    </message>
    <message>
      <source>Søg i tavlerne</source>
      <translation>Find in the boards</translation>
    </message>
    <message>
      <source>Søg i kort, felter og forbindelser</source>
      <translation>Find in cards, zones and links</translation>
    </message>
    <message>
      <source>Næste fund (Enter eller F3)</source>
      <translation>Next match (Enter or F3)</translation>
    </message>
    <message>
      <source>Næste</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Luk søgningen</source>
      <translation>Close the search</translation>
    </message>
    <message>
      <source>Ingen fund</source>
      <translation>No matches</translation>
    </message>
    <message>
      <source>Forrige fund (Skift+F3)</source>
      <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
      <source>Forrige</source>
      <translation>Previous</translation>
    </message>
    <message>
      <source>Find næste</source>
      <translation>Find next</translation>
    </message>
    <message>
      <source>Find forrige</source>
      <translation>Find previous</translation>
    </message>
    <message>
      <source>Felt: {title}</source>
      <translation>Zone: {title}</translation>
    </message>
    <message>
      <source>&amp;Søg:</source>
      <translation>&amp;Find:</translation>
    </message>
  </context>
  <context>
    <name>Outline</name>
    <message numerus="yes">
      <source>{title} (%n kort)</source>
      <translation>
        <numerusform>{title} (%n card)</numerusform>
        <numerusform>{title} (%n cards)</numerusform>
      </translation>
    </message>
    <message>
      <source>menutasten</source>
      <translation>the menu key</translation>
    </message>
    <message>
      <source>i feltet {zone}</source>
      <translation>in the zone {zone}</translation>
    </message>
    <message>
      <source>Uden titel</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <source>Tekst på pilen</source>
      <translation>Text on the arrow</translation>
    </message>
    <message>
      <source>Tavlerne, felterne og kortene i læserækkefølge</source>
      <translation>The boards, zones and cards in reading order</translation>
    </message>
    <message>
      <source>Tavle: {title}</source>
      <translation>Board: {title}</translation>
    </message>
    <message>
      <source>Slet</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Slags kort</source>
      <translation>Card kind</translation>
    </message>
    <message>
      <source>Skift mellem tavlen og oversigten</source>
      <translation>Switch between the board and the outline</translation>
    </message>
    <message>
      <source>Ret tekst</source>
      <translation>Edit the text</translation>
    </message>
    <message>
      <source>Oversigtens menu</source>
      <translation>The outline's menu</translation>
    </message>
    <message>
      <source>Oversigt – {window}</source>
      <translation>Outline – {window}</translation>
    </message>
    <message>
      <source>Oversigt i eget vindue</source>
      <translation>Outline in a window of its own</translation>
    </message>
    <message>
      <source>Oversigt</source>
      <translation>Outline</translation>
    </message>
    <message>
      <source>Nyt kort…</source>
      <translation>New card…</translation>
    </message>
    <message>
      <source>Nyt felt</source>
      <translation>New zone</translation>
    </message>
    <message>
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Kortets tekst</source>
      <translation>The card's text</translation>
    </message>
    <message>
      <source>Kortet, der forbindes til</source>
      <translation>The card to link to</translation>
    </message>
    <message>
      <source>I oversigten</source>
      <translation>In the outline</translation>
    </message>
    <message>
      <source>Giv stemme</source>
      <translation>Give a vote</translation>
    </message>
    <message>
      <source>Fra: {card}</source>
      <translation>From: {card}</translation>
    </message>
    <message>
      <source>Forbind med…</source>
      <translation>Link to…</translation>
    </message>
    <message>
      <source>Forbind med et andet kort</source>
      <translation>Link to another card</translation>
    </message>
    <message>
      <source>Flyt til felt…</source>
      <translation>Move to a zone…</translation>
    </message>
    <message>
      <source>Flyt til felt</source>
      <translation>Move to a zone</translation>
    </message>
    <message numerus="yes">
      <source>Flyt %n kort til feltet:</source>
      <translation>
        <numerusform>Move %n card to the zone:</numerusform>
        <numerusform>Move %n cards to the zone:</numerusform>
      </translation>
    </message>
    <message>
      <source>Fjern stemme</source>
      <translation>Remove a vote</translation>
    </message>
    <message numerus="yes">
      <source>Felt: {title} (%n kort)</source>
      <translation>
        <numerusform>Zone: {title} (%n card)</numerusform>
        <numerusform>Zone: {title} (%n cards)</numerusform>
      </translation>
    </message>
    <message>
      <source>Felt: {title}</source>
      <translation>Zone: {title}</translation>
    </message>
    <message>
      <source>Egenskaber</source>
      <translation>Properties</translation>
    </message>
    <message>
      <source>&amp;Til:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <source>&amp;Slags forbindelse:</source>
      <translation>&amp;Kind of link:</translation>
    </message>
  </context>
  <context>
    <name>Reading</name>
    <message>
      <source>i feltet {zone}</source>
      <translation>in the zone {zone}</translation>
    </message>
    <message numerus="yes">
      <source>%n stemmer</source>
      <translation>
        <numerusform>%n vote</numerusform>
        <numerusform>%n votes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TextLimit</name>
    <message>
      <source>Et kort kan rumme højst {most} tegn; resten af det indsatte kom ikke med.</source>
      <translation>A card holds at most {most} characters; the rest of what you pasted was left out.</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>Annuller</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>BoardLoading</name>
    <message>
      <source>Gør tavlen klar … {percent} %</source>
      <translation>Getting the board ready … {percent} %</translation>
    </message>
  </context>
</TS>
