<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Search</name>
    <message>
        <source>The search index could not be updated: %1</source>
        <translation>搜索索引未能更新：%1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search companies, people, phones, deals and notes…</source>
        <translation>搜索公司、联系人、电话、商机和拜访记录…</translation>
    </message>
    <message>
        <source>Chinese of any length, English words, or a phone number in any format.</source>
        <translation>可以输入任意长度的中文、英文单词，或任意格式的电话号码。</translation>
    </message>
    <message>
        <source>Enter opens the selected result; ↑ and ↓ move.</source>
        <translation>按回车打开选中的结果；用 ↑ ↓ 选择。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>拜访记录</translation>
    </message>
</context>
</TS>
