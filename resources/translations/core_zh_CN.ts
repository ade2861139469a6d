<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>font for Chinese, derived from Noto Sans CJK SC</source>
        <translation>中文字体（由 Noto Sans CJK SC 修改而来）</translation>
    </message>
    <message>
        <source>windows and printing</source>
        <translation>窗口界面与打印</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>生成 PDF 文档</translation>
    </message>
    <message>
        <source>the book file (SQLite)</source>
        <translation>账本文件（SQLite）</translation>
    </message>
    <message>
        <source>logo and QR images in the first-call deck</source>
        <translation>首访演示材料中的标志和二维码图片</translation>
    </message>
    <message>
        <source>phone numbers and vCards</source>
        <translation>电话号码与名片（vCard）</translation>
    </message>
    <message>
        <source>folders and text import</source>
        <translation>数据目录与文本导入</translation>
    </message>
    <message>
        <source>The licence file is missing: %1</source>
        <translation>找不到许可证文件：%1</translation>
    </message>
    <message>
        <source>About Dealbrief</source>
        <translation>关于 Dealbrief</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Deals, buying committees, call notes and visit briefs for the seller who works alone. Your data stays on this computer.</source>
        <translation>为独立打单的销售准备的商机、决策小组、拜访记录与拜访简报。你的数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>账本：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Settings folder:</source>
        <translation>设置文件夹：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Back up the book file to keep your data safe. Removing the app never removes the book.</source>
        <translation>请定期备份账本文件以保证数据安全。卸载应用不会删除账本。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>构建组件：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Licence of the Dealbrief Sans font:</source>
        <translation>Dealbrief Sans 字体的许可证：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Checking the book…</source>
        <translation>正在检查账本…</translation>
    </message>
    <message>
        <source>Read-only: this book is damaged. Export or back up what it holds, or restore a good backup.</source>
        <translation>只读：此账本已损坏。可导出或备份其中的内容，或恢复一份完好的备份。</translation>
    </message>
    <message>
        <source>Read-only: this book&apos;s file or folder cannot be written.</source>
        <translation>只读：此账本的文件或所在文件夹无法写入。</translation>
    </message>
</context>
<context>
    <name>BookDialogs</name>
    <message>
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Enter the passphrase again…</source>
        <translation>重新输入密码…</translation>
    </message>
    <message>
        <source>Open another book…</source>
        <translation>打开其他账本…</translation>
    </message>
    <message>
        <source>Create a new book…</source>
        <translation>新建账本…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open a book</source>
        <translation>打开账本</translation>
    </message>
    <message>
        <source>Create a new book</source>
        <translation>新建账本</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>The calendar file was not written</source>
        <translation>日历文件未写入</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>无法写入文件：%1。</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>添加到日历</translation>
    </message>
    <message>
        <source>No calendar app opened the file. Import it yourself:
%1</source>
        <translation>没有日历应用打开此文件。请手动导入：
%1</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Pipeline, &amp;roles and lost reasons…</source>
        <translation>销售流程、角色和丢单原因(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>The next</source>
        <translation>未来</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Visits, next steps with a due date and collections due. Only the customer, the place and the goal go in; importing the file again updates the events instead of adding copies.</source>
        <translation>拜访、有截止日期的下一步和到期回款。只写入客户、地点和目标；再次导入同一文件会更新事件，不会重复添加。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1. Nothing was exported.</source>
        <translation>无法写入文件：%1。未导出任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 个事件到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Dealbrief user guide</source>
        <translation>Dealbrief 使用指南</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print this week&apos;s briefs…</source>
        <translation>打印本周拜访简报(&amp;P)…</translation>
    </message>
    <message>
        <source>C&amp;lose window</source>
        <translation>关闭窗口(&amp;L)</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit the objection library</source>
        <translation>编辑异议库</translation>
    </message>
    <message>
        <source>Edit the question library</source>
        <translation>编辑问题库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>在列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>全局搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Seller profile…</source>
        <translation>我的销售资料(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;curity…</source>
        <translation>安全(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Question library…</source>
        <translation>提问库(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Objection library…</source>
        <translation>异议处理库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Dealbrief</source>
        <translation>关于 Dealbrief(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>This is not an email address. Expected something like name@example.com.</source>
        <translation>这不是有效的邮箱地址，应类似 name@example.com。</translation>
    </message>
    <message>
        <source>This is not a phone number. A mainland mobile has 11 digits; for another country start with + and the country code.</source>
        <translation>这不是有效的电话号码。大陆手机号为 11 位；其他国家或地区请以 + 和国家代码开头。</translation>
    </message>
    <message>
        <source>Tier must be S, A, B or C.</source>
        <translation>等级必须是 S、A、B 或 C。</translation>
    </message>
    <message>
        <source>This is not a web address. Expected something like example.com.</source>
        <translation>这不是有效的网址，应类似 example.com。</translation>
    </message>
    <message>
        <source>This company is no longer in the book. Choose another.</source>
        <translation>该公司已不在账本中，请另选。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>该值无法保存。</translation>
    </message>
    <message>
        <source>This cannot be undone: it would delete %1, who was added to the book with it and is now also in another deal&apos;s buying committee. Nothing was changed.</source>
        <translation>无法撤销：撤销会删除随这一步加入的联系人 %1，而此人现在也在另一个商机的采购决策小组中。没有做任何更改。</translation>
    </message>
    <message>
        <source>This cannot be undone: it would delete %1, who was added to the book with it and is now also a referral partner. Nothing was changed.</source>
        <translation>无法撤销：撤销会删除随这一步加入的联系人 %1，而此人现在也是合作伙伴。没有做任何更改。</translation>
    </message>
    <message>
        <source>This cannot be undone: it would delete %1, who was added to the book with it and is now an attendee of a call note. Nothing was changed.</source>
        <translation>无法撤销：撤销会删除随这一步加入的联系人 %1，而此人现在是一条拜访记录的参会人。没有做任何更改。</translation>
    </message>
    <message>
        <source>This cannot be undone: it would delete %1, who was added to the book with it and is now on a planned visit. Nothing was changed.</source>
        <translation>无法撤销：撤销会删除随这一步加入的联系人 %1，而此人现在在一次计划的拜访中。没有做任何更改。</translation>
    </message>
    <message>
        <source>The book is being checked</source>
        <translation>正在检查账本</translation>
    </message>
    <message>
        <source>The book cannot be used</source>
        <translation>无法使用此账本</translation>
    </message>
    <message>
        <source>Another program is writing to the book right now. Wait a moment and try again.</source>
        <translation>另一个程序正在写入此账本，请稍候再试。</translation>
    </message>
    <message>
        <source>The book cannot be written: the file or its folder is read-only. Nothing was changed. Move the book to a folder you can write to, or open another book.</source>
        <translation>无法写入账本：文件或其所在文件夹为只读。未做任何更改。请把账本移到可写的文件夹，或打开其他账本。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; your edit is still in the form. Free some space and save again.</source>
        <translation>磁盘已满。未做任何更改，您的编辑仍保留在表单中。请释放空间后再次保存。</translation>
    </message>
    <message>
        <source>The book file is damaged and was not changed. Restore a backup or open another book.</source>
        <translation>账本文件已损坏，且未被改动。请恢复备份或打开其他账本。</translation>
    </message>
    <message>
        <source>This file is not a Dealbrief book. It was not changed. Open another book or create a new one.</source>
        <translation>此文件不是 Dealbrief 账本，未被改动。请打开其他账本或新建一个。</translation>
    </message>
    <message>
        <source>This book was written by a newer version of Dealbrief. Update Dealbrief to open it.</source>
        <translation>此账本由更新版本的 Dealbrief 创建。请升级 Dealbrief 后再打开。</translation>
    </message>
    <message>
        <source>The book cannot be opened: its folder is missing or not accessible.</source>
        <translation>无法打开账本：所在文件夹不存在或无法访问。</translation>
    </message>
    <message>
        <source>Dealbrief already has this book open.</source>
        <translation>Dealbrief 已经打开了此账本。</translation>
    </message>
    <message>
        <source>The book file is damaged: it fails SQLite&apos;s check. It was not changed, and Dealbrief will not write to it. It can be opened read-only to read, export and back up what is in it; restoring a good backup makes it whole again.</source>
        <translation>账本文件已损坏：未通过 SQLite 的检查。它没有被改动，Dealbrief 也不会再写入它。可以只读方式打开，查看、导出和备份其中的内容；恢复一份完好的备份即可让账本重新完整。</translation>
    </message>
    <message>
        <source>This book holds tables, triggers or views that Dealbrief did not make, so it is not trusted and was not changed. Restore a backup or open another book.</source>
        <translation>此账本含有并非 Dealbrief 创建的表、触发器或视图，因此不予信任，也没有被改动。请恢复一份备份，或打开另一个账本。</translation>
    </message>
    <message>
        <source>This book is locked with a passphrase. Nothing was changed. Open it with its passphrase, or open another book.</source>
        <translation>这个账本已用密码锁定，没有做任何改动。请输入密码打开，或打开另一个账本。</translation>
    </message>
    <message>
        <source>The passphrase does not open this book. Nothing was changed. Passphrases are case-sensitive: check Caps Lock and the input method, or open another book.</source>
        <translation>这个密码打不开账本，没有做任何改动。密码区分大小写：请检查大写锁定键和输入法，或打开另一个账本。</translation>
    </message>
    <message>
        <source>Dealbrief is still checking the book after opening it (a few seconds on a large book). Nothing was saved yet: your edit is still there. Try again in a moment.</source>
        <translation>Dealbrief 打开账本后仍在检查它（大账本需要几秒钟）。尚未保存任何内容，您的修改仍在。请稍候再试。</translation>
    </message>
    <message>
        <source>The newest backup that passes its check: %1</source>
        <translation>通过检查的最新备份：%1</translation>
    </message>
    <message>
        <source>No backup that passes its check was found.</source>
        <translation>没有找到通过检查的备份。</translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation>账本：%1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Used for the app and for printed documents.</source>
        <translation>用于应用界面和打印的文档。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date in this folder</source>
        <translation>在此文件夹中保持一份最新的日历文件</translation>
    </message>
    <message>
        <source>e.g. a folder your phone syncs</source>
        <translation>例如手机会同步的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>dealbrief.ics holds the next 90 days and is rewritten after every change. Subscribe to it, or import it again: events are updated, not doubled.</source>
        <translation>dealbrief.ics 包含未来 90 天的安排，每次修改后自动重写。可订阅它，或再次导入：事件会更新，不会重复。</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>No alarm</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>Alarm for visits</source>
        <translation>拜访提醒</translation>
    </message>
    <message>
        <source>Folder for the calendar file</source>
        <translation>日历文件所在文件夹</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show reminders while Dealbrief runs</source>
        <translation>Dealbrief 运行时显示提醒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Before a visit</source>
        <translation>拜访前</translation>
    </message>
    <message>
        <source>Summary of the day at</source>
        <translation>每日摘要时间</translation>
    </message>
    <message>
        <source>Payments due (collections)</source>
        <translation>到期回款</translation>
    </message>
    <message>
        <source>Closing the window keeps Dealbrief in the tray</source>
        <translation>关闭窗口时保留在系统托盘</translation>
    </message>
    <message>
        <source>Start Dealbrief when I log in (in the tray)</source>
        <translation>登录时启动 Dealbrief（在托盘中）</translation>
    </message>
    <message>
        <source>On Windows and macOS, see the README.</source>
        <translation>Windows 和 macOS 请参阅 README。</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders are not shown as notifications. Today lists everything that is due.</source>
        <translation>此桌面没有系统托盘：提醒不会以通知形式显示。“今日”页列出所有到期事项。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>The autostart entry cannot be written: %1.</source>
        <translation>无法写入自动启动项：%1。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open Dealbrief</source>
        <translation>打开 Dealbrief</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visit in %n minute(s): %1</source>
        <translation>
            <numerusform>%n 分钟后拜访：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the visit brief.</source>
        <translation>点击打开拜访简报。</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>今天：%n 次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s) due today</source>
        <translation>
            <numerusform>今天到期的下一步 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>First visit: %1 %2</source>
        <translation>第一场拜访：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) due</source>
        <translation>
            <numerusform>%n 笔回款到期</numerusform>
        </translation>
    </message>
</context>
</TS>
