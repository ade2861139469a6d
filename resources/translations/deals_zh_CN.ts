<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardView</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation>移到上一阶段</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Look again %1</source>
        <translation>%1 再看</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>Deal *</source>
        <translation>商机 *</translation>
    </message>
    <message>
        <source>e.g. Digital workshop MES upgrade</source>
        <translation>例如：数字化车间 MES 升级</translation>
    </message>
    <message>
        <source>Company *</source>
        <translation>公司 *</translation>
    </message>
    <message>
        <source>Pick, or type a new company&apos;s name</source>
        <translation>选择，或输入新公司名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>From the stage</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>丢单原因说明</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>用自己的话写</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>What happens next, e.g. send the quote to the CFO</source>
        <translation>接下来做什么，例如：发报价给财务总监</translation>
    </message>
    <message>
        <source>e.g. referral</source>
        <translation>例如：转介绍</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步截止</translation>
    </message>
    <message>
        <source>e.g. 1280000 or 1,280,000</source>
        <translation>例如：1280000、128万 或 12.5w</translation>
    </message>
    <message>
        <source>Agreed with customer</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Ticked: agreed with the customer; it goes in the minutes and the deck. Unticked: your own to-do, never shown to the customer.</source>
        <translation>勾选：已与客户确认，会写进会议纪要和演示文稿。不勾选：您自己的内部待办，绝不给客户看。</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>备注（内部）</translation>
    </message>
    <message>
        <source>From the stage (%1%)</source>
        <translation>按阶段（%1%）</translation>
    </message>
</context>
<context>
    <name>DealListPanel</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
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
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>覆盖缺口</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Set on this deal; the stage says %1%</source>
        <translation>本商机单独设定；阶段默认为 %1%</translation>
    </message>
</context>
<context>
    <name>DealTexts</name>
    <message>
        <source>Supporter</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
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
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the deal was lost: pick a reason or write one.</source>
        <translation>请说明丢单原因：选择一个原因或自己填写。</translation>
    </message>
    <message>
        <source>Give a date to look at this deal again.</source>
        <translation>请填写复查这个商机的日期。</translation>
    </message>
    <message>
        <source>This is not an amount. Type digits, e.g. 1280000, 128万 or 12.5w.</source>
        <translation>这不是金额。请输入数字，例如 1280000、128万 或 12.5w。</translation>
    </message>
    <message>
        <source>Probability is a percentage from 0 to 100.</source>
        <translation>赢率是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Give a number of days from 1 to 3650, or leave it empty.</source>
        <translation>请填写 1 到 3650 之间的天数，或留空。</translation>
    </message>
    <message numerus="yes">
        <source>This stage still has %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>这个阶段还有 %n 个商机。请先把它们移到其他阶段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in buying committees hold this role. Change their roles first.</source>
        <translation>
            <numerusform>决策小组中有 %n 人担任这个角色。请先修改他们的角色。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the only stage of its kind; the pipeline needs it.</source>
        <translation>这是同类阶段中唯一的一个，销售流程必须保留它。</translation>
    </message>
    <message>
        <source>There is already a rule for this role from this stage.</source>
        <translation>这个角色在这个阶段已有规则。</translation>
    </message>
    <message>
        <source>Rules apply to open stages only.</source>
        <translation>规则只适用于进行中的阶段。</translation>
    </message>
    <message>
        <source>%1 is already in this buying committee.</source>
        <translation>%1 已经在这个决策小组里了。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期还没到。</translation>
    </message>
    <message>
        <source>A stage change cannot be dated before the previous one.</source>
        <translation>阶段变更的时间不能早于上一次变更。</translation>
    </message>
    <message>
        <source>This is no longer in the book. Reload and try again.</source>
        <translation>这条记录已不在数据本中。请刷新后重试。</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>这不是日期。</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>The pipeline changed meanwhile. Close this window and try again.</source>
        <translation>销售流程已被修改。请关闭此窗口后重试。</translation>
    </message>
    <message>
        <source>Won, lost and on hold come after the open stages.</source>
        <translation>赢单、丢单和搁置排在所有进行中的阶段之后。</translation>
    </message>
</context>
<context>
    <name>DealView</name>
    <message>
        <source>← Board</source>
        <translation>← 看板</translation>
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
        <source>Delete deal…</source>
        <translation>删除商机…</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>决策小组</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>History</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>● met   ○ not met yet</source>
        <translation>● 已见面   ○ 未见面</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Save the deal to add its buying committee.</source>
        <translation>先保存商机，再添加决策小组成员。</translation>
    </message>
    <message>
        <source>%1 in this stage</source>
        <translation>在本阶段 %1</translation>
    </message>
    <message>
        <source>probability %1%</source>
        <translation>赢率 %1%</translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <source>stale: over %1</source>
        <translation>停滞：超过 %1</translation>
    </message>
    <message>
        <source>look again on %1</source>
        <translation>%1 复查</translation>
    </message>
    <message>
        <source>lost because: %1</source>
        <translation>丢单原因：%1</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>覆盖缺口</translation>
    </message>
    <message>
        <source>No coverage gaps at this stage.</source>
        <translation>当前阶段没有覆盖缺口。</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>新建“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save your changes to this deal?</source>
        <translation>保存对这个商机的修改吗？</translation>
    </message>
    <message>
        <source>Add %1 to the buying committee</source>
        <translation>将%1加入采购决策小组</translation>
    </message>
    <message>
        <source>Edit %1 in the buying committee</source>
        <translation>编辑采购决策小组中的%1</translation>
    </message>
    <message>
        <source>Take %1 out of this buying committee? The contact stays in the book.</source>
        <translation>把 %1 移出决策小组吗？联系人仍会保留。</translation>
    </message>
    <message>
        <source>Remove %1 from the buying committee</source>
        <translation>将%1移出决策小组</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未能撤销</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Filter by company, deal, competitor, next step… (Ctrl+F)</source>
        <translation>按公司、商机、竞争对手、下一步筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Pipeline…</source>
        <translation>销售流程…</translation>
    </message>
    <message>
        <source>Money outstanding</source>
        <translation>有待回款</translation>
    </message>
    <message>
        <source>Only deals whose contract still waits for money</source>
        <translation>只显示合同还有待回款的商机</translation>
    </message>
    <message>
        <source>Pipeline, &amp;roles and lost reasons…</source>
        <translation>销售流程、角色和丢单原因(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 open · %2 weighted</source>
        <translation>%1 个进行中 · 加权 %2</translation>
    </message>
    <message>
        <source>%1 of %2 open · %3 weighted</source>
        <translation>%2 个进行中，显示 %1 个 · 加权 %3</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>将“%1”移到%2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>删除“%1”吗？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未能撤销</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Days in previous stage</source>
        <translation>上一阶段停留</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(new deal)</source>
        <translation>（新建）</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it.</source>
        <translation>双击单元格即可编辑。</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>移除“%1”？</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>移到“%1”</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>（选择原因）</translation>
    </message>
    <message>
        <source>In your own words (optional with a reason above)</source>
        <translation>用自己的话写（已选原因时可不填）</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>为什么丢单？</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>What happened (kept in the stage history)</source>
        <translation>发生了什么（记入阶段历史）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>Edit next step</source>
        <translation>编辑下一步行动</translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation>添加下一步行动</translation>
    </message>
    <message>
        <source>What happens next, e.g. send the quote to the CFO</source>
        <translation>接下来做什么，例如：发报价给财务总监</translation>
    </message>
    <message>
        <source>e.g. us, or the customer&apos;s Li Min</source>
        <translation>例如：我方，或客户方的李敏</translation>
    </message>
    <message>
        <source>Agreed with customer</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Ticked: agreed with the customer; it goes in the minutes and the deck. Unticked: your own to-do, never shown to the customer.</source>
        <translation>勾选：已与客户确认，会写进会议纪要和演示文稿。不勾选：您自己的内部待办，绝不给客户看。</translation>
    </message>
    <message>
        <source>Next step *</source>
        <translation>下一步 *</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
</context>
<context>
    <name>NextStepTableModel</name>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Agreed with customer</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Ticked: agreed with the customer; it goes in the minutes and the deck. Unticked: your own to-do, never shown to the customer.</source>
        <translation>勾选：已与客户确认，会写进会议纪要和演示文稿。不勾选：您自己的内部待办，绝不给客户看。</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已逾期%1</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Add next step…</source>
        <translation>添加下一步行动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No next steps yet. Agree on one at every meeting: what, who and by when.</source>
        <translation>还没有下一步行动。每次见面都约定一件事：做什么、谁来做、何时完成。</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Add next step “%1”</source>
        <translation>添加下一步“%1”</translation>
    </message>
    <message>
        <source>Edit next step “%1”</source>
        <translation>修改下一步“%1”</translation>
    </message>
    <message>
        <source>Agreed with the customer: %1</source>
        <translation>已与客户约定：%1</translation>
    </message>
    <message>
        <source>Internal to-do: %1</source>
        <translation>内部待办：%1</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>将“%1”标为完成</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>将“%1”标为未完成</translation>
    </message>
    <message>
        <source>Delete next step “%1”</source>
        <translation>删除下一步行动“%1”</translation>
    </message>
    <message>
        <source>Next step deleted. Undo with Ctrl+Z.</source>
        <translation>已删除下一步行动。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <source>Pipeline, roles and lost reasons</source>
        <translation>销售流程、角色和丢单原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>停滞天数上限</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺（预测）</translation>
    </message>
    <message>
        <source>Milestone (Chinese)</source>
        <translation>里程碑（中文）</translation>
    </message>
    <message>
        <source>Milestone (English)</source>
        <translation>里程碑（英文）</translation>
    </message>
    <message>
        <source>Edit stage “%1”</source>
        <translation>编辑阶段“%1”</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>删除阶段“%1”</translation>
    </message>
    <message>
        <source>Move stage “%1”</source>
        <translation>移动阶段“%1”</translation>
    </message>
    <message>
        <source>Edit role “%1”</source>
        <translation>编辑角色“%1”</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <source>Remove role “%1”</source>
        <translation>删除角色“%1”</translation>
    </message>
    <message>
        <source>Move role “%1”</source>
        <translation>移动角色“%1”</translation>
    </message>
    <message>
        <source>Edit lost reason “%1”</source>
        <translation>编辑丢单原因“%1”</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>新原因</translation>
    </message>
    <message>
        <source>Add a lost reason</source>
        <translation>添加丢单原因</translation>
    </message>
    <message>
        <source>Remove lost reason “%1”</source>
        <translation>删除丢单原因“%1”</translation>
    </message>
    <message>
        <source>Move lost reason “%1”</source>
        <translation>移动丢单原因“%1”</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Coverage rules</source>
        <translation>覆盖规则</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>From stage on</source>
        <translation>起始阶段</translation>
    </message>
    <message>
        <source>Must be met</source>
        <translation>必须见面</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Identified is enough</source>
        <translation>找到即可</translation>
    </message>
    <message>
        <source>must be met</source>
        <translation>必须见面</translation>
    </message>
    <message>
        <source>Save coverage rule “%1”</source>
        <translation>保存覆盖规则“%1”</translation>
    </message>
    <message>
        <source>Remove coverage rule “%1”</source>
        <translation>删除覆盖规则“%1”</translation>
    </message>
    <message>
        <source>Switch “must be met”</source>
        <translation>切换“必须见面”</translation>
    </message>
    <message>
        <source>A rule: from this stage on, someone with this role must be in the buying committee (and met, if ticked). A deal that breaks a rule shows a coverage gap.</source>
        <translation>规则：从该阶段起，决策小组里必须有担任这个角色的人（勾选时还必须见过面）。不满足规则的商机会显示覆盖缺口。</translation>
    </message>
    <message>
        <source>New rule:</source>
        <translation>新规则：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Show more (%1 not shown)</source>
        <translation>显示更多（还有 %1 个）</translation>
    </message>
    <message>
        <source>The largest deals are shown first</source>
        <translation>金额最大的商机排在前面</translation>
    </message>
    <message>
        <source>The latest deals are shown first</source>
        <translation>最近的商机排在前面</translation>
    </message>
    <message>
        <source>%1 weighted</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <source>Total %1; weighted by probability %2%</source>
        <translation>合计 %1；按赢率 %2% 加权</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add to the buying committee</source>
        <translation>添加到决策小组</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>A contact in the book</source>
        <translation>已有联系人</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>Type to find a contact</source>
        <translation>输入姓名、职务或公司查找联系人</translation>
    </message>
    <message>
        <source>Full name, e.g. Li Min</source>
        <translation>姓名，例如：李敏</translation>
    </message>
    <message>
        <source>Title, e.g. CFO</source>
        <translation>职务，例如：财务总监</translation>
    </message>
    <message>
        <source>Department, e.g. Finance</source>
        <translation>部门，例如：财务部</translation>
    </message>
    <message>
        <source>Roles (one or more)</source>
        <translation>角色（可多选）</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>已当面见过</translation>
    </message>
    <message>
        <source>e.g. cost and return; the data model; daily work</source>
        <translation>例如：成本和回报；数据模型；日常工作</translation>
    </message>
    <message>
        <source>What they want for themselves: promotion, less risk, a win to show…</source>
        <translation>他个人想要什么：升职、少担风险、拿得出手的成绩…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见面</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>上次见面</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>个人利益和期望</translation>
    </message>
    <message>
        <source>Backs competitor</source>
        <translation>支持的竞争对手</translation>
    </message>
    <message>
        <source>How to talk to them</source>
        <translation>沟通方式</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Add the people you know to see the committee here.</source>
        <translation>添加你认识的人，这里会显示决策小组全貌。</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见面</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>关注点</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未见</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>编辑拜访</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>e.g. meeting room, 3rd floor, the customer&apos;s Suzhou plant</source>
        <translation>例如：客户苏州工厂 3 楼会议室</translation>
    </message>
    <message>
        <source>e.g. demo the scheduling module, agree the POC scope</source>
        <translation>例如：演示排产模块，确认 POC 范围</translation>
    </message>
    <message>
        <source>e.g. me and Wang from presales</source>
        <translation>例如：我、售前王工</translation>
    </message>
    <message>
        <source>Buying committee first, then the company&apos;s other contacts.</source>
        <translation>先列决策小组成员，再列该公司的其他联系人。</translation>
    </message>
    <message>
        <source>No contacts at this company yet. Add people to the buying committee first.</source>
        <translation>这家公司还没有联系人。请先在决策小组中添加人员。</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <source>We meet</source>
        <translation>客户方人员</translation>
    </message>
    <message>
        <source>Save and add to calendar</source>
        <translation>保存并添加到日历</translation>
    </message>
    <message>
        <source>Opens the visit in your calendar app: customer, place and goal only, an alarm before it</source>
        <translation>在日历应用中打开此拜访：只含客户、地点和目标，并在开始前提醒</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>We meet</source>
        <translation>客户方人员</translation>
    </message>
    <message>
        <source>Our side</source>
        <translation>我方人员</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Plan visit…</source>
        <translation>计划拜访…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <source>No visits planned. Plan the next meeting: when, where, why and whom you will meet.</source>
        <translation>还没有计划拜访。安排下一次见面：时间、地点、目的，以及要见谁。</translation>
    </message>
    <message>
        <source>Plan the visit of %1</source>
        <translation>安排 %1 的拜访</translation>
    </message>
    <message>
        <source>Change the visit of %1</source>
        <translation>修改 %1 的拜访</translation>
    </message>
    <message>
        <source>Cancel the visit of %1</source>
        <translation>取消 %1 的拜访</translation>
    </message>
    <message>
        <source>Visit cancelled. Undo with Ctrl+Z.</source>
        <translation>已取消拜访。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
</TS>
