<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backups</name>
    <message>
        <source>Today&apos;s backup is made: %1</source>
        <translation>今天的备份已完成：%1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>今天的自动备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>The book was backed up to:
%1</source>
        <translation>已备份到：
%1</translation>
    </message>
    <message>
        <source>What could be read was copied to (it does not count as a backup):
%1</source>
        <translation>能读出的内容已复制到（这份副本不算作备份）：
%1</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>This file is not a Dealbrief book.</source>
        <translation>这个文件不是 Dealbrief 数据文件。</translation>
    </message>
    <message>
        <source>This backup is damaged: its integrity check failed.</source>
        <translation>这个备份已损坏：完整性检查未通过。</translation>
    </message>
    <message>
        <source>This backup was made by a newer Dealbrief. Update Dealbrief to restore it.</source>
        <translation>这个备份由更新版本的 Dealbrief 生成，请先升级 Dealbrief 再恢复。</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <source>The book was not changed.</source>
        <translation>现有数据没有任何改动。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Dealbrief backups (*.dealbrief *.db);;All files (*)</source>
        <translation>Dealbrief 备份 (*.dealbrief *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>无法恢复这个备份</translation>
    </message>
    <message>
        <source>The book it replaced is kept as:
%1</source>
        <translation>被替换的数据已另存为：
%1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>Replace everything in this book with the backup “%1”? The book as it is now is kept as a backup first.</source>
        <translation>用备份“%1”替换当前的全部数据吗？替换前会先把当前数据另存为一份备份。</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>导出联系人(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the &amp;whole book…</source>
        <translation>导出全部数据(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>无法导入这个文件</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;Whole book (*.json);;All files (*)</source>
        <translation>联系人 (*.csv *.txt *.tsv *.vcf *.vcard);;整本账本 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard for phones and mail (*.vcf)</source>
        <translation>CSV，用 Excel 打开 (*.csv);;vCard，用于手机和邮箱 (*.vcf)</translation>
    </message>
    <message>
        <source>Export the whole book</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The file cannot be written: %1. Nothing was exported.</source>
        <translation>无法写入文件：%1。没有导出任何内容。</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Exported to:
%1</source>
        <translation>已导出到：
%1</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV or vCard (.vcf) file.</source>
        <translation>这不是文本文件。请选择 CSV 或 vCard（.vcf）文件。</translation>
    </message>
    <message>
        <source>This is an Excel workbook. In Excel, save it as “CSV UTF-8” and import that file.</source>
        <translation>这是 Excel 工作簿。请在 Excel 中另存为“CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
        <source>The text in this file uses an encoding Dealbrief cannot read. Save it as UTF-8 and try again.</source>
        <translation>这个文件的文字编码无法识别。请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>The file holds no contacts: only a header row, or no complete vCard.</source>
        <translation>文件里没有联系人：只有表头，或没有完整的 vCard。</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>文件超过 50 MB。</translation>
    </message>
    <message>
        <source>The file cannot be read: it is missing or you have no permission to read it.</source>
        <translation>无法读取文件：文件不存在，或没有读取权限。</translation>
    </message>
    <message>
        <source>The file is not valid CSV.</source>
        <translation>这不是有效的 CSV 文件。</translation>
    </message>
    <message>
        <source>This is a whole-book export (JSON): it is imported into an empty book only.</source>
        <translation>这是整本账本的导出文件（JSON），只能导入到空的账本中。</translation>
    </message>
    <message>
        <source>A quote that opens on line %1 is not closed where its cell ends, so the rows after it would run into one cell. Fix that quote in the file and import it again.</source>
        <translation>第 %1 行开始的引号没有在单元格结尾处闭合，后面的行会被并进同一个单元格。请在文件中改正这个引号后重新导入。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>姓名必填</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>不是有效的邮箱地址</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <source>this card cannot be read</source>
        <translation>这张名片无法读取</translation>
    </message>
    <message>
        <source>a line break inside a one-line field: a quote in the file is probably missing, and the next row ran into this one</source>
        <translation>单行字段中出现了换行：文件里可能缺少一个引号，下一行被并进了这一行</translation>
    </message>
    <message>
        <source>a card inside another card: neither was imported</source>
        <translation>名片中嵌套了另一张名片：两张都未导入</translation>
    </message>
    <message>
        <source>no column is set to Name: choose it in the column list</source>
        <translation>没有哪一列对应“姓名”：请在列对应中选择</translation>
    </message>
    <message>
        <source>same email as a contact in the book</source>
        <translation>与已有联系人的邮箱相同</translation>
    </message>
    <message>
        <source>same mobile as a contact in the book</source>
        <translation>与已有联系人的手机相同</translation>
    </message>
    <message>
        <source>same mobile as a contact in the book under another name: added as a new person</source>
        <translation>与通讯录中某联系人手机号相同但姓名不同：作为新联系人添加</translation>
    </message>
    <message>
        <source>a company of this name is in the book</source>
        <translation>已有同名公司</translation>
    </message>
    <message>
        <source>repeats an earlier row</source>
        <translation>与前面的行重复</translation>
    </message>
    <message>
        <source>already in the book, nothing new</source>
        <translation>已存在，没有新信息</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Pinyin / English name</source>
        <translation>拼音 / 英文名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Company industry</source>
        <translation>公司行业</translation>
    </message>
    <message>
        <source>Company region</source>
        <translation>公司地区</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>公司网址</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard 文件</translation>
    </message>
    <message>
        <source>CSV file, %1 encoding</source>
        <translation>CSV 文件，%1 编码</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n row(s). Check what will happen to each row, then import.</source>
        <translation>
            <numerusform>%1，共 %n 行。请先核对每一行将如何处理，再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Merge the file&apos;s details into it</source>
        <translation>把文件中的信息合并进去</translation>
    </message>
    <message>
        <source>Leave it as it is (skip the row)</source>
        <translation>保持原样（跳过该行）</translation>
    </message>
    <message>
        <source>Already in the book (same email or mobile)</source>
        <translation>已在名录中（邮箱或手机相同）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Mobile (by Google&apos;s phone labels)</source>
        <translation>手机（按 Google 的电话标签）</translation>
    </message>
    <message>
        <source>Other phone (by Google&apos;s phone labels)</source>
        <translation>其他电话（按 Google 的电话标签）</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>新建 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to merge</source>
        <translation>
            <numerusform>合并 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>跳过 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n 条有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new companies</source>
        <translation>
            <numerusform>新公司 %n 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other rows and leave out the %n row(s) with problems</source>
        <translation>
            <numerusform>导入其余各行，略过有问题的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>新建 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>合并 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of problems</source>
        <translation>
            <numerusform>因有问题略过 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，没有做任何改动。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Problems or reason</source>
        <translation>问题或原因</translation>
    </message>
</context>
<context>
    <name>WholeBook</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call notes</source>
        <translation>
            <numerusform>%n 条拜访记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n 位合作伙伴</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a whole book</source>
        <translation>导入整本账本</translation>
    </message>
    <message>
        <source>These values do not fit the book. Nothing was changed.</source>
        <translation>以下数值不符合数据要求，未做任何改动。</translation>
    </message>
    <message>
        <source>This book was exported by a newer Dealbrief. Update Dealbrief to import it.</source>
        <translation>此账本由更新版本的 Dealbrief 导出，请先升级 Dealbrief 再导入。</translation>
    </message>
    <message>
        <source>This JSON file is not a Dealbrief book export this version can read.</source>
        <translation>此 JSON 文件不是当前版本可读取的 Dealbrief 账本导出文件。</translation>
    </message>
    <message>
        <source>is a list or an object where one value belongs</source>
        <translation>此处应为单个值，却是列表或对象</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is not a finite number (NaN or Infinity)</source>
        <translation>不是有限数值（NaN 或 Infinity）</translation>
    </message>
    <message>
        <source>is outside the allowed range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>不是日期时间（YYYY-MM-DDTHH:MM:SS）</translation>
    </message>
    <message>
        <source>is not base64 data</source>
        <translation>不是 base64 数据</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>不是允许的取值之一</translation>
    </message>
    <message>
        <source>is empty where a value is required</source>
        <translation>此处必须有值，却为空</translation>
    </message>
    <message>
        <source>is longer than the column allows</source>
        <translation>超出该列允许的长度</translation>
    </message>
    <message>
        <source>Table %1, row %2, column %3:</source>
        <translation>表 %1，第 %2 行，列 %3：</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>“%1” is a whole book: %2.</source>
        <translation>“%1”是一整本账本：%2。</translation>
    </message>
    <message>
        <source>A whole book can only be imported into an empty book, and this one already holds data. Start Dealbrief on a new book (dealbrief --book NEW.dealbrief) and import it there. To go back to an earlier state of this book, use File → Restore from backup… instead.

Nothing was changed.</source>
        <translation>整本账本只能导入到空的账本中，而当前账本已有数据。请用新的账本启动 Dealbrief（dealbrief --book 新文件.dealbrief），再在其中导入。若想让当前账本回到之前的状态，请改用“文件 → 从备份恢复…”。

未做任何更改。</translation>
    </message>
    <message>
        <source>Fill this empty book with it?</source>
        <translation>要把它导入到这本空的账本中吗？</translation>
    </message>
    <message>
        <source>The whole book was imported: %1.</source>
        <translation>整本账本已导入：%1。</translation>
    </message>
    <message>
        <source>This book is no longer empty. Nothing was changed.</source>
        <translation>这本账本已不再是空的，未做任何更改。</translation>
    </message>
    <message>
        <source>A value in the file does not fit the book. Nothing was changed.</source>
        <translation>文件中有数据与账本不符，未做任何更改。</translation>
    </message>
</context>
</TS>
