<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles on this deal</source>
        <translation>在本商机中的角色</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已见面</translation>
    </message>
    <message>
        <source>Stance seen</source>
        <translation>本次态度</translation>
    </message>
    <message>
        <source>Update committee</source>
        <translation>更新决策小组</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>个人利益和期望</translation>
    </message>
    <message>
        <source>not on the committee</source>
        <translation>不在决策小组中</translation>
    </message>
    <message>
        <source>Mark as met on this note&apos;s date, in the deal&apos;s buying committee</source>
        <translation>在本商机的决策小组中标记为已见面（日期为本次记录日期）</translation>
    </message>
    <message>
        <source>Set this person&apos;s stance in the buying committee to the stance seen</source>
        <translation>把此人在决策小组中的态度更新为本次看到的态度</translation>
    </message>
    <message>
        <source>Internal: never in the minutes</source>
        <translation>内部信息：不会出现在会议纪要中</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Only what the customer may read: attendees, what was discussed, product feedback and agreed next steps. Stances, personal interests, risks, competitors and internal notes are left out.</source>
        <translation>只包含客户可以看的内容：参会人、沟通内容、产品反馈和约定的后续安排。态度、个人利益、风险、竞争对手和内部备注都不会写入。</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
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
        <source>Save minutes as PDF</source>
        <translation>将会议纪要保存为 PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 无法写入：%1</translation>
    </message>
</context>
<context>
    <name>NextStepTableModel</name>
    <message>
        <source>Ticked: agreed with the customer; it goes in the minutes and the deck. Unticked: your own to-do, never shown to the customer.</source>
        <translation>勾选：已与客户确认，会写进会议纪要和演示文稿。不勾选：您自己的内部待办，绝不给客户看。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Agreed with customer</source>
        <translation>客户已确认</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>What this meeting should achieve</source>
        <translation>这次会面要达成什么</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>SPIN</source>
        <translation>SPIN 提问</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Deal facts and feedback</source>
        <translation>商机信息与反馈</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续安排</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>会议纪要…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>S  Situation</source>
        <translation>S 现状</translation>
    </message>
    <message>
        <source>P  Problems</source>
        <translation>P 问题</translation>
    </message>
    <message>
        <source>I  Implications</source>
        <translation>I 影响</translation>
    </message>
    <message>
        <source>N  Need-payoff</source>
        <translation>N 收益</translation>
    </message>
    <message>
        <source>Business, process, size, systems in place, what triggered the project</source>
        <translation>业务、流程、规模、现有系统，项目的起因</translation>
    </message>
    <message>
        <source>Problems in the customer&apos;s own words, and who owns each</source>
        <translation>用客户自己的话记录问题，以及每个问题由谁负责</translation>
    </message>
    <message>
        <source>What each problem costs; KPIs at risk; the cost of doing nothing</source>
        <translation>每个问题造成的损失；受影响的指标；不改变的代价</translation>
    </message>
    <message>
        <source>The outcome they want, how it will be measured, who owns it</source>
        <translation>客户想要的结果、怎么衡量、由谁负责</translation>
    </message>
    <message>
        <source>Click a question, or press Ctrl+1…9, to insert it where you write.</source>
        <translation>点击问题，或按 Ctrl+1…9，即可插入到正在填写的位置。</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>添加参会人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>“Met” and “Update committee” change the deal&apos;s buying committee when the note is saved. Stances and personal interests are internal: they never appear in the minutes.</source>
        <translation>勾选“已见面”和“更新决策小组”后，保存记录时会同步更新本商机的决策小组。态度和个人利益属于内部信息，不会出现在会议纪要中。</translation>
    </message>
    <message>
        <source>Product feedback (goes into the minutes)</source>
        <translation>产品反馈（会写入会议纪要）</translation>
    </message>
    <message>
        <source>What the customer said about the product, in their words</source>
        <translation>客户对产品的原话反馈</translation>
    </message>
    <message>
        <source>Internal (never in the minutes)</source>
        <translation>内部信息（不写入会议纪要）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>e.g. ¥0.8–1 million, approved in Q1</source>
        <translation>例如：80–100万，一季度已批</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>e.g. decision by March, go-live in July</source>
        <translation>例如：3 月前决策，7 月上线</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Competitors and our rank</source>
        <translation>竞争对手及我方排名</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Strategy, impressions</source>
        <translation>策略、印象</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>添加后续安排</translation>
    </message>
    <message>
        <source>Next steps, with who and by when; they show on Today and on the deal. Tick the last column for what the customer agreed to: only those steps go in the minutes and the deck.</source>
        <translation>下一步：做什么、谁负责、何时完成；会显示在“今日”和商机页上。客户已同意的请勾选最后一列：只有这些会写进会议纪要和演示文稿。</translation>
    </message>
    <message>
        <source>Call note — %1</source>
        <translation>拜访记录 — %1</translation>
    </message>
    <message>
        <source>Questions for %1</source>
        <translation>%1 参考提问</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 自动保存</translation>
    </message>
    <message>
        <source>a next step has a who or a date but no text.</source>
        <translation>有一条后续安排填了负责人或日期，但没有写事项。</translation>
    </message>
    <message>
        <source>a section is too long.</source>
        <translation>有一栏内容过长。</translation>
    </message>
    <message>
        <source>the note&apos;s deal or company is no longer in the book.</source>
        <translation>这条记录所属的商机或公司已不在资料库中。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Write something in the note first.</source>
        <translation>请先在记录里写点内容。</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>记录未保存</translation>
    </message>
    <message>
        <source>This note could not be saved (%1). Close it anyway and lose the last edits?</source>
        <translation>这条记录无法保存（%1）。仍要关闭并放弃最近的修改吗？</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Goal / first lines</source>
        <translation>目的 / 摘要</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人</translation>
    </message>
    <message>
        <source>Open steps</source>
        <translation>未完成事项</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>(not noted)</source>
        <translation>（未记录）</translation>
    </message>
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
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No call notes yet. After a call or visit, write down what you learned: “New call note”.</source>
        <translation>还没有拜访记录。每次电话或拜访后，点“新建拜访记录”记下了解到的情况。</translation>
    </message>
    <message>
        <source>New call note</source>
        <translation>新建拜访记录</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete call note</source>
        <translation>删除拜访记录</translation>
    </message>
    <message>
        <source>Delete this call note and its next steps? You can undo this with Ctrl+Z.</source>
        <translation>删除这条拜访记录及其后续安排？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>call note</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Write call note “%1”</source>
        <translation>写拜访记录“%1”</translation>
    </message>
    <message>
        <source>Edit call note “%1”</source>
        <translation>编辑拜访记录“%1”</translation>
    </message>
</context>
<context>
    <name>ObjectionLibraryDialog</name>
    <message>
        <source>Settings — objection library</source>
        <translation>设置 — 异议处理库</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
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
        <source>Reset to the shipped objections</source>
        <translation>恢复为内置的异议库</translation>
    </message>
    <message>
        <source>The visit brief prints the prepared answers of the objections whose words appear in the deal&apos;s notes on risks and competitors (for example 价格, price). Each objection needs an answer in at least one language.</source>
        <translation>拜访简报会打印与商机记录中风险和竞争对手相关的异议应对话术（例如记录里出现“价格”）。每条异议至少要有一种语言的应对话术。</translation>
    </message>
    <message>
        <source>Objection library</source>
        <translation>异议处理库</translation>
    </message>
    <message>
        <source>Row %1 needs an objection and an answer in at least one language.</source>
        <translation>第 %1 行需要填写异议和应对话术（至少一种语言）。</translation>
    </message>
</context>
<context>
    <name>ObjectionTableModel</name>
    <message>
        <source>Objection (Chinese)</source>
        <translation>异议（中文）</translation>
    </message>
    <message>
        <source>Answer (Chinese)</source>
        <translation>应对话术（中文）</translation>
    </message>
    <message>
        <source>Objection (English)</source>
        <translation>异议（英文）</translation>
    </message>
    <message>
        <source>Answer (English)</source>
        <translation>应对话术（英文）</translation>
    </message>
    <message>
        <source>Words that raise it</source>
        <translation>触发词</translation>
    </message>
</context>
<context>
    <name>QuestionLibraryDialog</name>
    <message>
        <source>Settings — question library</source>
        <translation>设置 — 提问库</translation>
    </message>
    <message>
        <source>S  Situation</source>
        <translation>S 现状</translation>
    </message>
    <message>
        <source>P  Problems</source>
        <translation>P 问题</translation>
    </message>
    <message>
        <source>I  Implications</source>
        <translation>I 影响</translation>
    </message>
    <message>
        <source>N  Need-payoff</source>
        <translation>N 收益</translation>
    </message>
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
        <source>Reset to the shipped questions</source>
        <translation>恢复为内置问题</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>The first nine questions of a section can be inserted with Ctrl+1…9 in the note editor. A question needs text in at least one language.</source>
        <translation>每栏的前九个问题可在记录编辑器中用 Ctrl+1…9 插入。每个问题至少要有一种语言的文字。</translation>
    </message>
    <message>
        <source>Question library</source>
        <translation>提问库</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
</TS>
