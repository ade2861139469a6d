<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>Delete “%1”? They leave %n buying committee(s) with them. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete “%1”? They leave %n buying committee with them. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete “%1”? They leave %n buying committees with them. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
</TS>
