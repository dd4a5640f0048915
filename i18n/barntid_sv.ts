<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Main</name>
    <message>
        <source>Barntid</source>
        <translation>Barntid</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Preview: unlocking and home visits arrive in the next version.</source>
        <translation>Förhandsversion: upplåsning och hembesök kommer i nästa version.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <source>Barntid</source>
        <translation>Barntid</translation>
    </message>
    <message>
        <source>Time with children</source>
        <translation>Tid med barnen</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Mörkt tema</translation>
    </message>
</context>
</TS>
