<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DealsBehindDialog</name>
    <message numerus="yes">
        <source>%n deal(s) behind “%1”</source>
        <translation>
            <numerusform>%n deal behind “%1”</numerusform>
            <numerusform>%n deals behind “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
