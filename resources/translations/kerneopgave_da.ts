<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
  <context>
    <name>Operations</name>
    <message numerus="yes">
      <source>Flyt %n element(er)</source>
      <translation>
        <numerusform>Flyt %n element</numerusform>
        <numerusform>Flyt %n elementer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Flyt %n felt(er)</source>
      <translation>
        <numerusform>Flyt %n felt</numerusform>
        <numerusform>Flyt %n felter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Flyt %n kort</source>
      <translation>
        <numerusform>Flyt %n kort</numerusform>
        <numerusform>Flyt %n kort</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Slet %n felt(er)</source>
      <translation>
        <numerusform>Slet %n felt</numerusform>
        <numerusform>Slet %n felter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Slet %n forbindelse(r)</source>
      <translation>
        <numerusform>Slet %n forbindelse</numerusform>
        <numerusform>Slet %n forbindelser</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Slet %n kort</source>
      <translation>
        <numerusform>Slet %n kort</numerusform>
        <numerusform>Slet %n kort</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tilføj %n felt(er)</source>
      <translation>
        <numerusform>Tilføj %n felt</numerusform>
        <numerusform>Tilføj %n felter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tilføj %n forbindelse(r)</source>
      <translation>
        <numerusform>Tilføj %n forbindelse</numerusform>
        <numerusform>Tilføj %n forbindelser</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Tilføj %n kort</source>
      <translation>
        <numerusform>Tilføj %n kort</numerusform>
        <numerusform>Tilføj %n kort</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Minutes</name>
    <message numerus="yes">
      <source>%n kort fra deltagerne</source>
      <translation>
        <numerusform>%n kort fra deltagerne</numerusform>
        <numerusform>%n kort fra deltagerne</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Reading</name>
    <message numerus="yes">
      <source>%n stemmer</source>
      <translation>
        <numerusform>%n stemme</numerusform>
        <numerusform>%n stemmer</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Outline</name>
    <message numerus="yes">
      <source>Flyt %n kort til feltet:</source>
      <translation>
        <numerusform>Flyt %n kort til feltet:</numerusform>
        <numerusform>Flyt %n kort til feltet:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Felt: {title} (%n kort)</source>
      <translation>
        <numerusform>Felt: {title} (%n kort)</numerusform>
        <numerusform>Felt: {title} (%n kort)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{title} (%n kort)</source>
      <translation>
        <numerusform>{title} (%n kort)</numerusform>
        <numerusform>{title} (%n kort)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Canvas format</name>
    <message numerus="yes">
      <source>%n fil-knude(r) blev til noter med stien som tekst.</source>
      <translation>
        <numerusform>%n fil-knude blev til en note med stien som tekst.</numerusform>
        <numerusform>%n fil-knuder blev til noter med stien som tekst.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n link-knude(r) blev til noter med adressen som tekst.</source>
      <translation>
        <numerusform>%n link-knude blev til en note med adressen som tekst.</numerusform>
        <numerusform>%n link-knuder blev til noter med adressen som tekst.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tekstknude(r) med Markdown blev til almindelig tekst.</source>
      <translation>
        <numerusform>%n tekstknude med Markdown blev til almindelig tekst.</numerusform>
        <numerusform>%n tekstknuder med Markdown blev til almindelig tekst.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message numerus="yes">
      <source>Importér %n tavle(r)</source>
      <translation>
        <numerusform>Importér %n tavle</numerusform>
        <numerusform>Importér %n tavler</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message numerus="yes">
      <source>%n tavle(r)</source>
      <translation>
        <numerusform>%n tavle</numerusform>
        <numerusform>%n tavler</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Agreements</name>
    <message numerus="yes">
      <source>%n aftale(r) fra {day} skal følges op</source>
      <translation>
        <numerusform>%n aftale fra {day} skal følges op</numerusform>
        <numerusform>%n aftaler fra {day} skal følges op</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n aftale(r) skal følges op</source>
      <translation>
        <numerusform>%n aftale skal følges op</numerusform>
        <numerusform>%n aftaler skal følges op</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message numerus="yes">
      <source>Ligner personoplysninger: %n kort. Kortene handler om arbejdet, ikke om navngivne borgere.</source>
      <translation>
        <numerusform>Ligner personoplysninger: %n kort. Kortene handler om arbejdet, ikke om navngivne borgere.</numerusform>
        <numerusform>Ligner personoplysninger: %n kort. Kortene handler om arbejdet, ikke om navngivne borgere.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RoomActions</name>
    <message numerus="yes">
      <source>%n kort venter stadig på at blive vendt.</source>
      <translation>
        <numerusform>%n kort venter stadig på at blive vendt.</numerusform>
        <numerusform>%n kort venter stadig på at blive vendt.</numerusform>
      </translation>
    </message>
  </context>
</TS>
