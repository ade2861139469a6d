<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<!-- Qt's own words missing from the qtbase_zh_CN.qm that ships with PySide6 (its file dialog
     labels changed to "&Look in:" and "Files of &type:"; the catalogue still has the old ones).
     Kept by hand, not by lupdate: no source of ours holds these strings. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
