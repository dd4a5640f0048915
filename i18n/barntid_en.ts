<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
        <translation>Preview: unlocking and home visits arrive in the next version.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Barntid</source>
        <translation>Barntid</translation>
    </message>
    <message>
        <source>Time with children</source>
        <translation>Time with children</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dark theme</translation>
    </message>
</context>
</TS>
