<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CasesModel</name>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成果</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Visit brief…</source>
        <translation>拜访简报…</translation>
    </message>
    <message>
        <source>Internal one- or two-page brief to read before the visit</source>
        <translation>拜访前阅读的一到两页内部简报</translation>
    </message>
    <message>
        <source>First-call deck…</source>
        <translation>首访演示文稿…</translation>
    </message>
    <message>
        <source>Slides for the customer: nothing internal is shown</source>
        <translation>给客户看的幻灯片：不含任何内部信息</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>会议纪要…</translation>
    </message>
    <message>
        <source>No call notes on this deal yet: write one to print its minutes</source>
        <translation>这个商机还没有拜访记录：写一条记录后即可打印会议纪要</translation>
    </message>
    <message>
        <source>Minutes of the latest call, to send to the customer</source>
        <translation>最近一次沟通的会议纪要，可发给客户</translation>
    </message>
    <message>
        <source>Minutes of the latest call; the arrow lists the other calls</source>
        <translation>最近一次沟通的会议纪要；点箭头可选择其他沟通</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Your seller profile is empty, so the deck leaves out how you solve the problems, why choose you and your cases.</source>
        <translation>“我的销售资料”还是空的，所以演示文稿里没有“我们如何解决”“为什么选择我们”和客户案例。</translation>
    </message>
    <message>
        <source>Seller profile…</source>
        <translation>我的销售资料…</translation>
    </message>
    <message>
        <source>Show on the slides…</source>
        <translation>放到幻灯片上…</translation>
    </message>
    <message>
        <source>First-call deck</source>
        <translation>首访演示文稿</translation>
    </message>
    <message>
        <source>Visit brief</source>
        <translation>拜访简报</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Visit briefs for the next 7 days</source>
        <translation>未来 7 天的拜访简报</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) kept off the slides because they name a person (the customer reads the deck):</source>
        <translation>
            <numerusform>有 %n 行因为提到了具体的人没有放到幻灯片上（演示文稿是给客户看的）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) shortened to fit, ending in “…”.</source>
        <translation>
            <numerusform>%n 处内容过长，已截短并以“…”结尾。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) left out, no room on the slides:</source>
        <translation>
            <numerusform>%n 处内容因幻灯片放不下而未展示：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (point at this text to see them all)</source>
        <translation>
            <numerusform>……还有 %n 项（鼠标停在此处可查看全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>放上“%1”</translation>
    </message>
    <message>
        <source>Show all of them</source>
        <translation>全部放上</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>无法显示该文档。</translation>
    </message>
    <message>
        <source>No visits are planned in the next 7 days: there are no briefs to print. Plan a visit on a deal&apos;s Visits tab.</source>
        <translation>未来 7 天没有计划拜访，没有要打印的简报。可以在商机的“拜访”标签页安排拜访。</translation>
    </message>
    <message>
        <source>This deal is no longer in the book.</source>
        <translation>这个商机已不在账本中。</translation>
    </message>
    <message>
        <source>This call note is no longer in the book.</source>
        <translation>这条拜访记录已不在账本中。</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>无法生成文档：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>无法将 PDF 保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>无法读取该图片：%1</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image smaller than 2 MB.</source>
        <translation>请选择小于 2 MB 的 PNG 或 JPEG 图片。</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>My company</source>
        <translation>我的公司</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>标语</translation>
    </message>
    <message>
        <source>One per line; start a line with [industry] to show it only to customers of that industry</source>
        <translation>每行一句；以 [行业] 开头的只展示给该行业的客户</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>公司简介</translation>
    </message>
    <message>
        <source>Products and solutions</source>
        <translation>产品与解决方案</translation>
    </message>
    <message>
        <source>One per line: name: what it does. Start with [industry, industry] to show it only to those customers (none tagged: all show)</source>
        <translation>每行一个：名称：作用。以 [行业，行业] 开头的只展示给这些行业的客户（都不标注则全部展示）</translation>
    </message>
    <message>
        <source>Why us</source>
        <translation>为什么选择我们</translation>
    </message>
    <message>
        <source>One reason per line</source>
        <translation>每行一条理由</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>我的姓名</translation>
    </message>
    <message>
        <source>My title</source>
        <translation>我的职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>WeChat QR link</source>
        <translation>微信二维码链接</translation>
    </message>
    <message>
        <source>The deck draws a QR code from this link</source>
        <translation>演示文稿会根据此链接生成二维码</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>QR image (optional)</source>
        <translation>二维码图片（可选）</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>添加案例</translation>
    </message>
    <message>
        <source>Remove case</source>
        <translation>删除案例</translation>
    </message>
    <message>
        <source>Reference cases (the deck picks those of the customer&apos;s industry)</source>
        <translation>客户案例（演示文稿会挑选与客户同行业的案例）</translation>
    </message>
</context>
<context>
    <name>SellerProfileDialog</name>
    <message>
        <source>Seller profile</source>
        <translation>我的销售资料</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>What the first-call deck says about you and your company.</source>
        <translation>首访演示文稿中介绍您和贵公司的内容。</translation>
    </message>
</context>
</TS>
