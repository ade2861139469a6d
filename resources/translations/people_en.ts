<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CompaniesPage</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call note(s)</source>
        <translation>
            <numerusform>%n call note</numerusform>
            <numerusform>%n call notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n contact(s) stay in the book, without the company.</source>
        <translation>
            <numerusform>Its %n contact stays in the book, without the company.</numerusform>
            <numerusform>Its %n contacts stay in the book, without the company.</numerusform>
        </translation>
    </message>
</context>
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
