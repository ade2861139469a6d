<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DealsBehindDialog</name>
    <message>
        <source>&amp;Open deal</source>
        <translation>打开商机(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) behind “%1”</source>
        <translation>
            <numerusform>“%1”背后的 %n 个商机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Win rate and cycle</source>
        <translation>赢单率与周期</translation>
    </message>
    <message>
        <source>Lost deals review</source>
        <translation>丢单复盘</translation>
    </message>
    <message>
        <source>80/20</source>
        <translation>二八分析</translation>
    </message>
    <message>
        <source>Sources and partners</source>
        <translation>线索来源与伙伴</translation>
    </message>
    <message>
        <source>Revenue formula</source>
        <translation>回款公式</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>销售活动</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Double-click to see the deals behind this row</source>
        <translation>双击查看这一行背后的商机</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>周报(&amp;W)…</translation>
    </message>
    <message>
        <source>Business review &amp;PDF…</source>
        <translation>经营回顾 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 至 %2，对比 %3 至 %4</translation>
    </message>
    <message>
        <source>previous: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Click a bar, a point or a row to see the deals behind it.</source>
        <translation>点击柱形、数据点或表格行，查看背后的商机。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>经营回顾</translation>
    </message>
    <message>
        <source>Save the business review</source>
        <translation>保存经营回顾</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WeeklyReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Internal fields (personal interests, how to talk to them, risks, internal notes) are never in the weekly report.</source>
        <translation>内部信息（个人兴趣、沟通方式、风险、内部备注）不会出现在周报中。</translation>
    </message>
    <message>
        <source>&amp;Copy for WeChat</source>
        <translation>复制到微信(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>周：</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
</TS>
