<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) planned this week</source>
        <translation>
            <numerusform>%n visit planned this week</numerusform>
            <numerusform>%n visits planned this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in all</source>
        <translation>
            <numerusform>%n item in all</numerusform>
            <numerusform>%n items in all</numerusform>
        </translation>
    </message>
</context>
</TS>
