<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DealTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This stage still has %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>This stage still has %n deal. Move it to another stage first.</numerusform>
            <numerusform>This stage still has %n deals. Move them to another stage first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in buying committees hold this role. Change their roles first.</source>
        <translation>
            <numerusform>%n person in a buying committee holds this role. Change their role first.</numerusform>
            <numerusform>%n people in buying committees hold this role. Change their roles first.</numerusform>
        </translation>
    </message>
</context>
</TS>
