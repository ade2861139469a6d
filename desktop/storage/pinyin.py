"""The pinyin of a Chinese person's name ("李敏" → "Li Min"), read the way names are read.

A contact's pinyin/English-name field is filled from the Chinese name when the seller typed none
(new contacts, imports, and once for existing books on upgrade), so "limin", "li min" and "lm"
find 李敏 (search keys: `desktop.domain.people.name_search_keys`).

Surnames read as surnames: 单 is Shan (not dan), 曾 Zeng, 解 Xie, 仇 Qiu, 区 Ou…; two-character
surnames (欧阳, 司马, 诸葛…) stay one word. pypinyin (MIT) reads the given name in context.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")

# Two-character surnames, read as one word.
COMPOUND_SURNAMES = {
    "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "司徒": "situ",
    "东方": "dongfang", "皇甫": "huangfu", "尉迟": "yuchi", "公孙": "gongsun", "慕容": "murong",
    "长孙": "zhangsun", "宇文": "yuwen", "令狐": "linghu", "夏侯": "xiahou", "澹台": "tantai",
    "万俟": "moqi", "单于": "chanyu", "闻人": "wenren", "轩辕": "xuanyuan", "端木": "duanmu",
}

# Surname characters whose everyday reading is not the surname's.
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha",
    "盖": "ge", "覃": "qin", "尉": "yu", "乐": "yue", "员": "yun", "缪": "miao", "翟": "zhai",
    "种": "chong", "折": "she", "秘": "bi", "繁": "po", "召": "shao", "句": "gou", "宿": "su",
    "隗": "wei", "长": "chang", "重": "chong", "藏": "zang", "能": "nai", "都": "du", "石": "shi",
    "柏": "bai", "沈": "shen", "贾": "jia", "华": "hua", "任": "ren", "薄": "bo", "卜": "bu",
    "燕": "yan", "纪": "ji", "过": "guo", "冯": "feng", "黑": "he", "车": "che", "洗": "xian",
    "冼": "xian", "阚": "kan", "哈": "ha", "祭": "zhai", "角": "jue", "费": "fei", "牟": "mou",
}


def _word(syllables: list[str]) -> str:
    return "".join(syllables).capitalize()


def name_pinyin(name: str) -> str:
    """"李敏" → "Li Min", "欧阳修" → "Ouyang Xiu", "单田芳" → "Shan Tianfang"; "" for a name
    that is not all Chinese characters (an English name needs no pinyin)."""
    name = "".join(name.split()).replace("·", "").replace("•", "")
    if not name or not _CJK.match(name):
        return ""
    # loaded the first time a name needs it: its phrase dictionary is not start-up's business
    from pypinyin import Style, lazy_pinyin

    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        surname, given = COMPOUND_SURNAMES[name[:2]], name[2:]
    else:
        surname = SURNAME_READINGS.get(name[0]) or lazy_pinyin(name[0], style=Style.NORMAL)[0]
        given = name[1:]
    words = [surname.capitalize()]
    if given:
        words.append(_word(lazy_pinyin(given, style=Style.NORMAL, v_to_u=False)))
    return " ".join(words)


def fill_name_alt(name: str, name_alt: str) -> str:
    """The pinyin/English name to keep: the seller's when they typed one, else the pinyin."""
    typed = " ".join(name_alt.split())
    return typed or name_pinyin(name)


def renamed_name_alt(old_name: str, new_name: str, name_alt: str) -> str:
    """The pinyin/English name to keep when a contact's name changes: the pinyin of the new name
    when the field still holds the pinyin filled in for the old one (the seller did not type it),
    else what it holds."""
    typed = " ".join(name_alt.split())
    if old_name == new_name or not typed or typed != name_pinyin(old_name):
        return fill_name_alt(new_name, typed)
    return name_pinyin(new_name)
