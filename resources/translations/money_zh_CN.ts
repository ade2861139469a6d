<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountTableModel</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop files here (quote, contract scan, proposal…), at most 25 MB each. They are kept inside the book and never printed for the customer.</source>
        <translation>把文件拖到这里（报价单、合同扫描件、方案…），每个最大 25 MB。文件保存在账本里，不会打印给客户。</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep files with this record</source>
        <translation>把文件保存到这条记录</translation>
    </message>
    <message>
        <source>Add the file %1</source>
        <translation>添加文件 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>添加 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save it and open it yourself: %1</source>
        <translation>这台电脑上没有能打开这种文件的程序。请另存后自行打开：%1</translation>
    </message>
    <message>
        <source>Save the file into…</source>
        <translation>把文件保存到…</translation>
    </message>
    <message>
        <source>Remove the file %1</source>
        <translation>移除文件 %1</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>添加合同</translation>
    </message>
    <message>
        <source>e.g. HT-2026-118</source>
        <translation>例如 HT-2026-118</translation>
    </message>
    <message>
        <source>e.g. 320000, 32万 or 1,234.56</source>
        <translation>例如 320000、32万 或 1,234.56</translation>
    </message>
    <message>
        <source>甲方, as on the contract</source>
        <translation>甲方，与合同一致</translation>
    </message>
    <message>
        <source>乙方, your company</source>
        <translation>乙方，你的公司</translation>
    </message>
    <message>
        <source>The payment clause as written, e.g. 签约后 10 日内付 30%…</source>
        <translation>照抄合同付款条款，例如 签约后 10 日内付 30%…</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <source>Customer (甲方)</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Our side (乙方)</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>This picture cannot be shown. Open it with another program, or save it.</source>
        <translation>无法显示这张图片。请用其他程序打开，或另存后查看。</translation>
    </message>
    <message>
        <source>Open with another program…</source>
        <translation>用其他程序打开…</translation>
    </message>
</context>
<context>
    <name>InstalmentTableModel</name>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>%1 + %2 days</source>
        <translation>%1后 %2 天</translation>
    </message>
    <message>
        <source>%1 + %2 days (not yet)</source>
        <translation>%1后 %2 天（尚未发生）</translation>
    </message>
    <message>
        <source>Invoiced %1</source>
        <translation>已开票 %1</translation>
    </message>
    <message>
        <source>Invoice first</source>
        <translation>先开票</translation>
    </message>
    <message>
        <source>remind</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Edit invoice</source>
        <translation>编辑发票</translation>
    </message>
    <message>
        <source>Add invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <source>(the whole contract)</source>
        <translation>（整份合同）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Electronic or paper</source>
        <translation>电子或纸质</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>Amount (tax included) *</source>
        <translation>金额（含税）*</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对应</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Milestone happened</source>
        <translation>节点已发生</translation>
    </message>
    <message>
        <source>When did “%1” happen? %2 falls due %3 days later.</source>
        <translation>“%1”是哪天完成的？%2 在其后 %3 天到期。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>0–30 days late</source>
        <translation>逾期 0–30 天</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <source>More than 90 days late</source>
        <translation>逾期 90 天以上</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待回款</translation>
    </message>
    <message>
        <source>Partly collected</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>对公转账</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>One payment</source>
        <translation>一次性付款</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预存</translation>
    </message>
    <message>
        <source>Monthly settlement</source>
        <translation>月度结算</translation>
    </message>
    <message>
        <source>Quarterly settlement</source>
        <translation>季度结算</translation>
    </message>
    <message>
        <source>Special VAT invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>Ordinary VAT invoice</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>To issue</source>
        <translation>待开票</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>No payment plan yet: add the instalments the contract names (预付款, 验收款, 尾款…).</source>
        <translation>还没有回款计划：按合同添加各期款项（预付款、验收款、尾款…）。</translation>
    </message>
    <message>
        <source>The percentages add up to %1, more than 100 %.</source>
        <translation>各期比例合计 %1，超过了 100%。</translation>
    </message>
    <message>
        <source>The percentages add up to %1, not 100 %: %2 of the contract is in no instalment.</source>
        <translation>各期比例合计 %1，不是 100%：合同中有 %2 没有排进任何一期。</translation>
    </message>
    <message>
        <source>The instalments add up to %1, %2 less than the contract (%3).</source>
        <translation>各期合计 %1，比合同（%3）少 %2。</translation>
    </message>
    <message>
        <source>The instalments add up to %1, %2 more than the contract (%3).</source>
        <translation>各期合计 %1，比合同（%3）多 %2。</translation>
    </message>
    <message>
        <source>Rounding: each percentage is rounded down to the fen; the %1 left over go to the last percentage instalment.</source>
        <translation>取整规则：每期按比例算到分并向下取整；剩下的 %1 计入最后一个按比例的期次。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>This is not an amount. Type it like 300000, 30万 or 1,234.56.</source>
        <translation>这不是金额。请输入如 300000、30万 或 1,234.56。</translation>
    </message>
    <message>
        <source>This is not a percentage. Type it like 30% or 33.33%.</source>
        <translation>这不是比例。请输入如 30% 或 33.33%。</translation>
    </message>
    <message>
        <source>This amount is too large (at most %1).</source>
        <translation>金额过大（最多 %1）。</translation>
    </message>
    <message>
        <source>This payment is more than is still due (%1). Check the amount, or add the instalment it pays to the plan.</source>
        <translation>这笔回款超过了待回款（%1）。请核对金额，或把它对应的款项加进回款计划。</translation>
    </message>
    <message>
        <source>More than this instalment still waits for (%1).</source>
        <translation>超过了这一期的待收金额（%1）。</translation>
    </message>
    <message>
        <source>The amounts given to the instalments do not add up to the payment.</source>
        <translation>分到各期的金额之和不等于这笔回款。</translation>
    </message>
    <message>
        <source>This date is before the contract was signed (%1).</source>
        <translation>这个日期早于合同签订日（%1）。</translation>
    </message>
    <message>
        <source>The contract cannot be signed after its first payment (%1).</source>
        <translation>合同签订日不能晚于第一笔回款（%1）。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期在未来。</translation>
    </message>
    <message>
        <source>A bill cannot mature before the day it was received.</source>
        <translation>汇票的到期日不能早于收票日。</translation>
    </message>
    <message>
        <source>This contract has no payment plan yet: add its instalments first.</source>
        <translation>这份合同还没有回款计划：请先添加各期款项。</translation>
    </message>
    <message>
        <source>This deal already has a contract: edit it instead.</source>
        <translation>这个商机已有合同：请直接编辑。</translation>
    </message>
    <message>
        <source>The percentages add up to more than 100 %.</source>
        <translation>各期比例合计超过 100%。</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>比例须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>This is more than the contract amount (by %1).</source>
        <translation>超过了合同金额（多 %1）。</translation>
    </message>
    <message>
        <source>“%1” has money collected on it and cannot be removed: mark it void instead.</source>
        <translation>“%1”已有回款，不能删除：请改为作废。</translation>
    </message>
    <message>
        <source>“%1” would be less than what was already collected on it.</source>
        <translation>“%1”会少于已回款的金额。</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>This file is %1; a file kept in the book can be at most 25 MB. Keep a smaller copy (a scan at a lower resolution), or keep the file elsewhere and note where.</source>
        <translation>这个文件有 %1；账本里的文件最大 25 MB。请保存一个更小的版本（降低扫描分辨率），或把文件放在别处并记下位置。</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to keep.</source>
        <translation>这个文件是空的，没有可保存的内容。</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <source>That instalment is no longer in the plan.</source>
        <translation>这一期已不在回款计划里。</translation>
    </message>
    <message>
        <source>Not saved: see the message shown.</source>
        <translation>未保存：请看提示信息。</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Add contract…</source>
        <translation>添加合同…</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>编辑回款计划…</translation>
    </message>
    <message>
        <source>Milestone happened…</source>
        <translation>节点已发生…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除回款</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Add invoice…</source>
        <translation>添加发票…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Edit contract…</source>
        <translation>编辑合同…</translation>
    </message>
    <message>
        <source>No contract yet. When the deal is signed, add the contract: its amount, date and payment terms, then the payment plan.</source>
        <translation>还没有合同。签约后添加合同：金额、日期和付款条款，再添加回款计划。</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>%1 签订</translation>
    </message>
    <message>
        <source>Collected %1 of %2</source>
        <translation>已回款 %1，合同 %2</translation>
    </message>
    <message>
        <source>outstanding %1</source>
        <translation>待回款 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>invoiced %1</source>
        <translation>已开票 %1</translation>
    </message>
    <message>
        <source>Not void</source>
        <translation>取消作废</translation>
    </message>
    <message>
        <source>Add the contract</source>
        <translation>添加合同</translation>
    </message>
    <message>
        <source>Edit the contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>Edit the payment plan</source>
        <translation>编辑回款计划</translation>
    </message>
    <message>
        <source>“%1” happened</source>
        <translation>“%1”已完成</translation>
    </message>
    <message>
        <source>Mark “%1” void? It will no longer be expected or counted as outstanding.</source>
        <translation>把“%1”标为作废？它将不再计入待回款。</translation>
    </message>
    <message>
        <source>Not void: %1</source>
        <translation>取消作废：%1</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>作废：%1</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Delete a payment</source>
        <translation>删除一笔回款</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Add an invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <source>Edit an invoice</source>
        <translation>编辑发票</translation>
    </message>
</context>
<context>
    <name>OverdueTableModel</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>待回款</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>e.g. 96000 or 9.6万</source>
        <translation>例如 96000 或 9.6万</translation>
    </message>
    <message>
        <source>Oldest due first (may cover several)</source>
        <translation>先冲最早到期的（可覆盖多期）</translation>
    </message>
    <message>
        <source>e.g. bank slip number</source>
        <translation>例如 银行回单号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Bill matures on</source>
        <translation>汇票到期日</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>冲抵</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>备注/单号</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>计入：%1</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Received</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Paid towards</source>
        <translation>冲抵</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>备注/单号</translation>
    </message>
    <message>
        <source>(matures %1)</source>
        <translation>（%1 到期兑付）</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Share or amount</source>
        <translation>比例或金额</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Or after milestone</source>
        <translation>或在节点之后</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>节点后天数</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>常用方案</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>合同金额：%1</translation>
    </message>
    <message>
        <source>The plan adds up to the contract: %1.</source>
        <translation>回款计划与合同金额一致：%1。</translation>
    </message>
</context>
<context>
    <name>PlanLineEditor</name>
    <message>
        <source>30% or 96000</source>
        <translation>30% 或 96000</translation>
    </message>
    <message>
        <source>or after: 验收</source>
        <translation>或在节点后：验收</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>remind </source>
        <translation>提前 </translation>
    </message>
    <message>
        <source> d before</source>
        <translation> 天提醒</translation>
    </message>
    <message>
        <source>Invoice first</source>
        <translation>先开票</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>Days past the due date</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Collections expected by month</source>
        <translation>按月预计回款</translation>
    </message>
    <message>
        <source>Outstanding by company</source>
        <translation>按客户的待回款</translation>
    </message>
    <message>
        <source>Overdue instalments</source>
        <translation>逾期款项</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Still to collect %1, of which %2 overdue.</source>
        <translation>待回款 %1，其中逾期 %2。</translation>
    </message>
    <message>
        <source>Amounts in CNY; overdue money counts in this month.</source>
        <translation>金额为人民币；已逾期的款项计入本月。</translation>
    </message>
    <message>
        <source>%1 waits for a milestone that has not happened yet (no due date).</source>
        <translation>%1 在等尚未发生的节点（还没有到期日）。</translation>
    </message>
</context>
</TS>
