<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DueDateDialog</name>
    <message>
        <source>Move to a day</source>
        <translation>改到某一天</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>Welcome to Dealbrief. Your book is empty: start with the first company you are working on (its people and deals follow), or open the demo book to look around first; it opens in a window of its own and leaves this book as it is.</source>
        <translation>欢迎使用 Dealbrief。账本还是空的：从你正在跟进的第一家公司开始（联系人和商机随后添加），或者先打开演示账本看看——它在单独的窗口里打开，不会改动这个账本。</translation>
    </message>
    <message>
        <source>Create the first company</source>
        <translation>新建第一家公司</translation>
    </message>
    <message>
        <source>Open the demo book</source>
        <translation>打开演示账本</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>阅读使用指南</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完成</translation>
    </message>
    <message>
        <source>Mark the next step done (Ctrl+D)</source>
        <translation>标记此下一步已完成（Ctrl+D）</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Move the next step to tomorrow (Ctrl+T)</source>
        <translation>改到明天（Ctrl+T）</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Move the next step to Monday next week (Ctrl+Shift+T)</source>
        <translation>改到下周一（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Another day…</source>
        <translation>其他日期…</translation>
    </message>
    <message>
        <source>Move the next step to a day you pick (Ctrl+Shift+D)</source>
        <translation>改到选定的日期（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>下周（%1）</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>将“%1”改到 %2</translation>
    </message>
</context>
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
        <source>Money overdue: instalments past their due date</source>
        <translation>回款逾期：已过到期日的款项</translation>
    </message>
    <message>
        <source>Money due in the next 7 days</source>
        <translation>未来 7 天到期的回款</translation>
    </message>
    <message>
        <source>Invoices to issue</source>
        <translation>待开发票</translation>
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
    <message>
        <source>%1 · %2 still to collect · due %3, %4 late</source>
        <translation>%1 · 待收 %2 · %3 到期，已逾期 %4</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · %3 到期</translation>
    </message>
    <message>
        <source>the contract</source>
        <translation>整份合同</translation>
    </message>
    <message>
        <source>%1 · invoice of %2</source>
        <translation>%1 · 发票 %2</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>显示全部 %1 项</translation>
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
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) planned this week</source>
        <translation>
            <numerusform>本周计划拜访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in all</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
</context>
</TS>
