<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Danish for the texts of Qt's own dialogs that Qt 6 changed and qtbase_da.qm (shipped with
     PySide6) has not caught up with: loaded after qtbase_da (ui/app.py install_translators). -->
<TS version="2.1" language="da_DK">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Kig i:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Filer af &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Double Sided Printing</source>
      <translation>Dobbeltsidet udskrift</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Vend på den lange led</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Vend på den korte led</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Fra</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>&amp;Sider:</translation>
    </message>
  </context>
</TS>
