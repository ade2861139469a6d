<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeeTableModel</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>GivenTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What you did for them</source>
        <translation>我为对方做了什么</translation>
    </message>
</context>
<context>
    <name>MarkPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>添加合作伙伴</translation>
    </message>
    <message>
        <source>Type to pick a contact, or a new person&apos;s name</source>
        <translation>输入以选择联系人，或输入新联系人的姓名</translation>
    </message>
    <message>
        <source>Who brings you deals?</source>
        <translation>谁给您介绍商机？</translation>
    </message>
</context>
<context>
    <name>PartnerReminders</name>
    <message>
        <source>Partners waiting for news (nothing sent for %1 days or more)</source>
        <translation>等待进展通报的合作伙伴（%1 天及以上未通报）</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>从事业务</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Fees owed</source>
        <translation>应付费用</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>已付费用</translation>
    </message>
    <message>
        <source>Last update sent</source>
        <translation>上次通报</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>A percentage is more than 0 and at most 100.</source>
        <translation>百分比须大于 0 且不超过 100。</translation>
    </message>
    <message>
        <source>Give an amount above zero, e.g. 5000 or 0.5万.</source>
        <translation>请填写大于零的金额，例如 5000 或 0.5万。</translation>
    </message>
    <message>
        <source>This person is already a partner.</source>
        <translation>此人已经是合作伙伴。</translation>
    </message>
    <message>
        <source>This contact is no longer in the book.</source>
        <translation>此联系人已不在通讯录中。</translation>
    </message>
    <message>
        <source>A payment date cannot be in the future.</source>
        <translation>付款日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This fee is already settled.</source>
        <translation>这笔费用已经结清。</translation>
    </message>
    <message>
        <source>Finder&apos;s fee</source>
        <translation>介绍费</translation>
    </message>
    <message>
        <source>Success fee</source>
        <translation>成交佣金</translation>
    </message>
    <message>
        <source>Paid %1 on %2</source>
        <translation>已于 %2 支付 %1</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation>自 %1 起待支付</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已免除</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>deal amount not set</source>
        <translation>商机金额未填</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Filter by name, what they do, city, industry… (Ctrl+F)</source>
        <translation>按姓名、业务、城市、行业筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>添加合作伙伴…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>统计报表…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>On Today, remind me of partners who have heard nothing for</source>
        <translation>在“今日”提醒我：合作伙伴未收到进展通报已超过</translation>
    </message>
    <message>
        <source>Progress update…</source>
        <translation>进展通报…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>记录付款…</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>免除</translation>
    </message>
    <message>
        <source>Back to due</source>
        <translation>恢复为待支付</translation>
    </message>
    <message>
        <source>e.g. referred a customer back, introduction, dinner</source>
        <translation>例如：回介绍客户、引荐、请吃饭</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>我的回馈</translation>
    </message>
    <message>
        <source>Choose a partner, or add one</source>
        <translation>请选择或添加合作伙伴</translation>
    </message>
    <message>
        <source>WeChat %1</source>
        <translation>微信 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Add partner “%1”</source>
        <translation>添加合作伙伴“%1”</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>移除合作伙伴</translation>
    </message>
    <message>
        <source>“%1” will no longer be a partner. The contact, their deals and fees stay. You can undo this with Ctrl+Z.</source>
        <translation>“%1”将不再是合作伙伴。联系人、其介绍的商机和费用记录都会保留。可以按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未能撤销</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Record payment: %1</source>
        <translation>记录付款：%1</translation>
    </message>
    <message>
        <source>Waive: %1</source>
        <translation>免除：%1</translation>
    </message>
    <message>
        <source>Back to due: %1</source>
        <translation>恢复为待支付：%1</translation>
    </message>
    <message>
        <source>Given: %1</source>
        <translation>给予：%1</translation>
    </message>
    <message>
        <source>Remove partner “%1”</source>
        <translation>移除合作伙伴“%1”</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>What they sell or do</source>
        <translation>从事业务</translation>
    </message>
    <message>
        <source>e.g. ERP sales, consulting</source>
        <translation>例如：ERP 销售、咨询</translation>
    </message>
    <message>
        <source>Industries they reach</source>
        <translation>能触达的行业</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Companies they reach</source>
        <translation>能触达的企业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Percent of the amount</source>
        <translation>按成交金额比例</translation>
    </message>
    <message>
        <source>Finder&apos;s fee (deal accepted)</source>
        <translation>介绍费（商机确认后）</translation>
    </message>
    <message>
        <source>Finder&apos;s fee: amount or %</source>
        <translation>介绍费：金额或百分比</translation>
    </message>
    <message>
        <source>e.g. 5000 or 5</source>
        <translation>例如 5000 或 5</translation>
    </message>
    <message>
        <source>Success fee (deal won)</source>
        <translation>成交佣金（赢单后）</translation>
    </message>
    <message>
        <source>Success fee: amount or %</source>
        <translation>成交佣金：金额或百分比</translation>
    </message>
    <message>
        <source>e.g. 20000 or 5</source>
        <translation>例如 20000 或 5</translation>
    </message>
    <message>
        <source>Success fee falls due</source>
        <translation>成交佣金何时应付</translation>
    </message>
    <message>
        <source>On signing (the deal is won)</source>
        <translation>签约时（赢单）</translation>
    </message>
    <message>
        <source>On collection (follows the money received)</source>
        <translation>回款时（随回款金额）</translation>
    </message>
    <message>
        <source>Notes (only for you)</source>
        <translation>备注（仅自己可见）</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>on</source>
        <translation>介绍日期</translation>
    </message>
    <message>
        <source>Nobody (not a referral)</source>
        <translation>无（非转介绍）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>由%1推荐</translation>
    </message>
</context>
<context>
    <name>ReferredDealModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Referred on</source>
        <translation>介绍日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Waiting for news</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <source>Last update sent</source>
        <translation>上次通报</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Partner report</source>
        <translation>合作伙伴统计</translation>
    </message>
    <message>
        <source>Referrals made in the period and how they went so far; conversion is won out of won and lost.</source>
        <translation>统计期内介绍的商机及其目前结果；转化率 = 赢单 ÷（赢单 + 丢单）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>介绍商机数</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <source>Fees earned</source>
        <translation>应计费用</translation>
    </message>
    <message>
        <source>Fees paid</source>
        <translation>已付费用</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Progress update</source>
        <translation>进展通报</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Copied. Paste it into WeChat.</source>
        <translation>已复制，可直接粘贴到微信。</translation>
    </message>
    <message>
        <source>Save the update as PDF</source>
        <translation>将进展通报保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>It cannot be written to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
</TS>
