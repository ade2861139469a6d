<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportCalendarDialog</name>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visit in %n minute(s): %1</source>
        <translation>
            <numerusform>Visit in %n minute: %1</numerusform>
            <numerusform>Visit in %n minutes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s) due today</source>
        <translation>
            <numerusform>%n next step due today</numerusform>
            <numerusform>%n next steps due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) due</source>
        <translation>
            <numerusform>%n payment due</numerusform>
            <numerusform>%n payments due</numerusform>
        </translation>
    </message>
</context>
</TS>
