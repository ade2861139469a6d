<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>今天的拜访</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>未来 7 天到期</translation>
    </message>
    <message>
        <source>Visits in the next 7 days</source>
        <translation>未来 7 天的拜访</translation>
    </message>
    <message>
        <source>Stale deals: too long in their stage</source>
        <translation>停滞商机：在当前阶段太久</translation>
    </message>
    <message>
        <source>Late-stage deals with gaps in the buying committee</source>
        <translation>后期商机：决策小组有缺口</translation>
    </message>
    <message>
        <source>On hold: time to look again</source>
        <translation>搁置商机：该复查了</translation>
    </message>
    <message>
        <source>%1 · due %2, %3 late</source>
        <translation>%1 · %2 到期，已逾期 %3</translation>
    </message>
    <message>
        <source>%1 in %2 (limit %3)</source>
        <translation>在“%2”已 %1（上限 %3）</translation>
    </message>
    <message>
        <source>Look again since %1</source>
        <translation>%1 起应复查</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Nothing due, nothing stuck. A good day to find new leads.</source>
        <translation>没有到期的事，也没有停滞的商机。今天适合开发新线索。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>%1 overdue · %2 visits planned this week · %3 items in all</source>
        <translation>%1 项逾期 · 本周计划拜访 %2 次 · 共 %3 项</translation>
    </message>
</context>
</TS>
