<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentPreview</name>
    <message numerus="yes">
        <source>%n line(s) kept off the slides because they name a person (the customer reads the deck):</source>
        <translation>
            <numerusform>%n line kept off the slides because it names a person (the customer reads the deck):</numerusform>
            <numerusform>%n lines kept off the slides because they name a person (the customer reads the deck):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) shortened to fit, ending in “…”.</source>
        <translation>
            <numerusform>%n point shortened to fit, ending in “…”.</numerusform>
            <numerusform>%n points shortened to fit, ending in “…”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) left out, no room on the slides:</source>
        <translation>
            <numerusform>%n point left out, no room on the slides:</numerusform>
            <numerusform>%n points left out, no room on the slides:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (point at this text to see them all)</source>
        <translation>
            <numerusform>…and %n more (point at this text to see it)</numerusform>
            <numerusform>…and %n more (point at this text to see them all)</numerusform>
        </translation>
    </message>
</context>
</TS>
