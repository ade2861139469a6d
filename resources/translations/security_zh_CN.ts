<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LockScreen</name>
    <message>
        <source>The book “%1” is locked after a while without use. Enter its passphrase to go on.</source>
        <translation>账本“%1”一段时间未使用，已锁定。输入密码继续。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>This passphrase does not open the book.</source>
        <translation>这个密码打不开账本。</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The backup “%1” is locked with a passphrase. Enter the passphrase it was made with.</source>
        <translation>备份“%1”已用密码锁定。请输入备份时所用的密码。</translation>
    </message>
    <message>
        <source>The book “%1” is locked with a passphrase. Enter it to open the book.</source>
        <translation>账本“%1”已用密码锁定。输入密码打开。</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>在这台电脑上记住（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>No system keyring works on this computer, so the passphrase cannot be remembered: it is asked each time the book opens.</source>
        <translation>这台电脑上没有可用的系统钥匙串，无法记住密码：每次打开账本时都会询问。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>This passphrase does not open it. Nothing was changed. Passphrases are case-sensitive. Tries left: %1.</source>
        <translation>这个密码打不开，没有做任何改动。密码区分大小写。还可以尝试 %1 次。</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Weak: longer is better, a few words make a good passphrase.</source>
        <translation>弱：越长越好，几个词连在一起就是不错的密码。</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>一般。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>密码太短：至少用 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase begins or ends with a space.</source>
        <translation>密码的开头或结尾是空格。</translation>
    </message>
    <message>
        <source>The passphrase holds a line break.</source>
        <translation>密码中有换行。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The export is not locked</source>
        <translation>导出的文件不加密</translation>
    </message>
    <message>
        <source>This book is locked with a passphrase, but the file you export will be plain: anyone who gets a copy of it can read it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>账本已用密码锁定，但导出的文件是明文：任何拿到副本的人都能读取。请妥善保管，不再需要时删除。</translation>
    </message>
    <message>
        <source>Don&apos;t ask again until Dealbrief closes</source>
        <translation>关闭 Dealbrief 之前不再询问</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A plain copy for the other program</source>
        <translation>给其他程序一份明文副本</translation>
    </message>
    <message>
        <source>This book is locked with a passphrase, but the program that opens this file cannot read the book, so Dealbrief gives it a plain copy. The copies are kept in a private folder that only you can read, and deleted when Dealbrief closes. You will not be asked again until then.</source>
        <translation>账本已用密码锁定，但打开此文件的程序无法读取账本，所以 Dealbrief 会给它一份明文副本。副本放在只有您能读取的私有文件夹里，Dealbrief 关闭时删除。在此之前不会再问您。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>Lock the book with this passphrase</source>
        <translation>用这个密码锁定账本</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Remove the passphrase…</source>
        <translation>取消密码…</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer (system keyring)</source>
        <translation>在这台电脑上记住密码（系统钥匙串）</translation>
    </message>
    <message>
        <source>No system keyring works on this computer, so the passphrase cannot be remembered: it is asked each time the book opens.</source>
        <translation>这台电脑上没有可用的系统钥匙串，无法记住密码：每次打开账本时都会询问。</translation>
    </message>
    <message>
        <source>Lock again after this many idle minutes (0: never):</source>
        <translation>闲置多少分钟后重新锁定（0：从不）：</translation>
    </message>
    <message>
        <source>What is locked: the book and its backups. Exports (CSV, vCard, JSON, calendar) and printed PDFs are plain files. After locking a book that was plain, pieces of the old plain file may remain on the disk (especially an SSD) until they are overwritten.</source>
        <translation>加密的是账本和它的备份。导出的文件（CSV、vCard、JSON、日历）和打印的 PDF 都是明文。给原本未加密的账本加密后，旧的明文文件的片段可能仍留在磁盘上（尤其是固态硬盘），直到被覆盖为止。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This book is locked with a passphrase: its file and its backups cannot be read without it.</source>
        <translation>账本已用密码锁定：没有密码，它的文件和备份都无法读取。</translation>
    </message>
    <message>
        <source>This book is not locked: anyone who can copy its file can read it. A passphrase encrypts the book and its backups.</source>
        <translation>账本未加密：任何能复制这个文件的人都能读取。设置密码会加密账本和它的备份。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>当前密码不对，没有做任何改动。</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who can copy the book&apos;s file can read it. The backups made while it was locked stay locked. Remove the passphrase?</source>
        <translation>没有密码，任何能复制账本文件的人都能读取。加密期间做的备份仍保持加密。确定取消密码？</translation>
    </message>
    <message>
        <source>Writing the book anew…</source>
        <translation>正在重新写入账本…</translation>
    </message>
    <message>
        <source>The book is no longer locked. Backups made while it was locked stay locked: restoring one asks for its passphrase.</source>
        <translation>账本已不再加密。加密期间做的备份仍保持加密：恢复时会询问它的密码。</translation>
    </message>
    <message>
        <source>The book is locked with the passphrase. Keep the passphrase safe: without it the book and its backups cannot be opened.</source>
        <translation>账本已用这个密码锁定。请妥善保管密码：没有它，账本和备份都无法打开。</translation>
    </message>
    <message>
        <source>Backups locked the same way: %1</source>
        <translation>同样加密的备份：%1 个</translation>
    </message>
    <message>
        <source>These backups could not be rewritten (damaged copies?) and stay as they were: %1</source>
        <translation>这些备份无法重写（可能已损坏），保持原样：%1</translation>
    </message>
</context>
</TS>
