<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>步骤已完成</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Visit planned</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Partner update</source>
        <translation>伙伴进展通报</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>进入%1</translation>
    </message>
    <message>
        <source>Progress update sent</source>
        <translation>已发送进展通报</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Call notes</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Filter by name, industry, region, tier, tag… (Ctrl+F)</source>
        <translation>按名称、行业、地区、等级、标签筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新建公司</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n 个仍在进行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n call note(s)</source>
        <translation>
            <numerusform>%n 条拜访记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和 %2</translation>
    </message>
    <message>
        <source>Delete “%1” with its %2?</source>
        <translation>删除“%1”及其 %2？</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Its %n contact(s) stay in the book, without the company.</source>
        <translation>
            <numerusform>它的 %n 位联系人留在账本里，只是不再属于这家公司。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可用 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>e.g. East China Precision Manufacturing Group</source>
        <translation>例如 华东精密制造集团</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>e.g. Manufacturing</source>
        <translation>例如 制造业</translation>
    </message>
    <message>
        <source>e.g. East China</source>
        <translation>例如 华东</translation>
    </message>
    <message>
        <source>e.g. 3,000 people</source>
        <translation>例如 3000人</translation>
    </message>
    <message>
        <source>e.g. ¥4.5 billion</source>
        <translation>例如 ¥45亿</translation>
    </message>
    <message>
        <source>e.g. referral</source>
        <translation>例如 转介绍</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营收</translation>
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
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Pinyin / English name</source>
        <translation>拼音/英文名</translation>
    </message>
    <message>
        <source>e.g. Wang Jianguo</source>
        <translation>例如 Wang Jianguo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Type to pick, or a new company&apos;s name</source>
        <translation>输入以选择，或输入新公司名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Full name, e.g. Wang Jianguo</source>
        <translation>姓名，例如 王建国</translation>
    </message>
    <message>
        <source>e.g. CFO</source>
        <translation>例如 财务总监 / CFO</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678, or +1 415 555 0134</source>
        <translation>例如 138 1234 5678，或 +1 415 555 0134</translation>
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
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Pinyin / English name</source>
        <translation>拼音/英文名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Filter by name, company, phone, WeChat, email, tag… (Ctrl+F)</source>
        <translation>按姓名、公司、电话、微信、邮箱、标签筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? They leave %n buying committee(s) with them. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>删除“%1”？此人将随之退出 %n 个决策小组。可以用 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFormPage</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Created %1 · Updated %2</source>
        <translation>创建于 %1 · 更新于 %2</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>保存对“%1”的修改？</translation>
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
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>删除“%1”？可用 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>RelatedContactsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>RelatedDealsModel</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
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
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1（已结束）</translation>
    </message>
</context>
<context>
    <name>RelatedTabs</name>
    <message>
        <source>Activity (%1)</source>
        <translation>动态（%1）</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>商机（%1）</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
</context>
</TS>
