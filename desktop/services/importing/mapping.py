"""Which book field a column fills, from its header: English, Chinese, Google Contacts, Outlook.

Headers are compared lower-cased with spaces and punctuation removed, so "E-mail Address",
"email_address" and "Email Address" are one header.
"""

from __future__ import annotations

import re

from desktop.domain.importing import IMPORT_FIELDS

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "contactname", "contact", "displayname", "姓名", "名字", "联系人",
        "联系人姓名", "客户姓名", "全名",
    ),
    "family_name": ("lastname", "familyname", "surname", "姓", "姓氏"),
    "given_name": ("firstname", "givenname", "名"),
    "name_alt": (
        "namealt", "englishname", "pinyin", "nickname", "alias", "英文名", "拼音", "别名", "昵称",
    ),
    "company": (
        "company", "companyname", "organization", "organisation", "organizationname",
        "organization1name", "org", "account", "customer", "公司", "公司名称", "单位", "企业",
        "企业名称", "客户", "客户名称", "单位名称", "所属公司",
    ),
    "department": (
        "department", "dept", "organizationdepartment", "organization1department", "部门",
        "所属部门",
    ),
    "title": (  # Outlook's "Title" is Mr./Ms.: its "Job Title" wins when both are there
        "jobtitle", "organizationtitle", "organization1title", "position", "职位", "职务", "头衔",
        "岗位", "职称", "role", "title",
    ),
    "mobile": (  # earlier aliases win: a "Mobile Phone" column beats a plain "Phone" one
        "mobile", "mobilephone", "cell", "cellphone", "mobilenumber", "手机", "手机号", "手机号码",
        "移动电话", "phone1value", "phone", "phonenumber", "tel", "电话", "联系电话",
    ),
    "other_phone": (
        "businessphone", "workphone", "officephone", "otherphone", "phone2value", "homephone",
        "landline", "座机", "办公电话", "固定电话", "商务电话", "工作电话", "公司电话", "其他电话",
        "商务电话2", "公司主要电话", "主要电话", "住宅电话",
    ),
    "email": (
        "email", "emailaddress", "email1value", "mail", "e-mail", "邮箱", "电子邮件", "电子邮箱",
        "邮件", "email地址", "邮箱地址", "电子邮件地址", "邮件地址",
    ),
    "wechat": ("wechat", "wechatid", "weixin", "微信", "微信号", "微信id"),
    "qq": ("qq", "qq号", "qq号码"),
    "remarks": ("notes", "note", "comments", "comment", "remarks", "备注", "说明", "附注"),
    "tags": ("tags", "labels", "categories", "groupmembership", "标签", "分组", "类别"),
    "industry": ("industry", "行业", "所属行业"),
    "region": ("region", "area", "city", "province", "businesscity", "地区", "区域", "城市", "省份",
               "商务地址市县"),
    "website": ("website", "web", "webpage", "url", "website1value", "网站", "网址", "官网", "网页"),
    "address": ("address", "businessstreet", "address1formatted", "地址", "公司地址", "办公地址", "商务地址街道"),
}


def normalise_header(header: str) -> str:
    return re.sub(r"[\s_\-.:：/()（）]+", "", header.strip().lower())


_BY_ALIAS = {
    normalise_header(alias): (field, rank)
    for field, aliases in _ALIASES.items()
    for rank, alias in enumerate(aliases)
}
assert set(_ALIASES) <= set(IMPORT_FIELDS)


def field_for(header: str) -> str:
    """The field a header maps to, or "" when none fits."""
    return _BY_ALIAS.get(normalise_header(header), ("", 0))[0]


def suggest_mapping(headers: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """One field per column, each field used once: the column with the most telling header wins
    (Outlook's "Job Title" over its "Title"); a second phone column falls to other_phone."""
    candidates: dict[str, list[tuple[int, int]]] = {}
    for column, header in enumerate(headers):
        field, rank = _BY_ALIAS.get(normalise_header(header), ("", 0))
        if field:
            candidates.setdefault(field, []).append((rank, column))
    mapping = [""] * len(headers)
    for field, found in candidates.items():
        found.sort()
        mapping[found[0][1]] = field
        if field == "mobile" and len(found) > 1 and "other_phone" not in candidates:
            mapping[found[1][1]] = "other_phone"
    return tuple(mapping)
