"""Plausible Chinese people and companies for the large book: names with pinyin, phones, emails.

Everything is drawn from a `random.Random` passed in, so a seed gives the same book every time.
"""

from __future__ import annotations

import random

# (hanzi, pinyin): the common surnames, roughly by frequency.
SURNAMES = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
    ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
    ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"),
    ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"), ("吕", "Lyu"), ("丁", "Ding"),
    ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("姜", "Jiang"), ("崔", "Cui"),
    ("钟", "Zhong"), ("谭", "Tan"), ("陆", "Lu"), ("汪", "Wang"), ("范", "Fan"), ("金", "Jin"),
    ("欧阳", "Ouyang"), ("司马", "Sima"),
)
GIVEN = (
    ("建", "jian"), ("国", "guo"), ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"),
    ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"),
    ("文", "wen"), ("华", "hua"), ("红", "hong"), ("志", "zhi"), ("海", "hai"), ("波", "bo"),
    ("鹏", "peng"), ("晓", "xiao"), ("婷", "ting"), ("雪", "xue"), ("宇", "yu"), ("浩", "hao"),
    ("凯", "kai"), ("斌", "bin"), ("辉", "hui"), ("玲", "ling"), ("欣", "xin"), ("琳", "lin"),
    ("慧", "hui"), ("博", "bo"), ("思", "si"), ("嘉", "jia"), ("子", "zi"), ("天", "tian"),
    ("立", "li"), ("成", "cheng"), ("德", "de"), ("永", "yong"), ("春", "chun"), ("东", "dong"),
)
BRANDS = (
    ("恒达", "hengda"), ("华盛", "huasheng"), ("宏远", "hongyuan"), ("中联", "zhonglian"),
    ("天成", "tiancheng"), ("金石", "jinshi"), ("瑞丰", "ruifeng"), ("新锐", "xinrui"),
    ("博远", "boyuan"), ("鼎信", "dingxin"), ("长江", "changjiang"), ("海川", "haichuan"),
    ("永泰", "yongtai"), ("力拓", "lituo"), ("鸿运", "hongyun"), ("诚信", "chengxin"),
    ("正泰", "zhengtai"), ("安通", "antong"), ("凯达", "kaida"), ("奥星", "aoxing"),
    ("九州", "jiuzhou"), ("东方", "dongfang"), ("明远", "mingyuan"), ("润泽", "runze"),
    ("同创", "tongchuang"), ("精工", "jinggong"), ("汇通", "huitong"), ("联科", "lianke"),
    ("云帆", "yunfan"), ("启航", "qihang"), ("德润", "derun"), ("嘉禾", "jiahe"),
    ("巨力", "juli"), ("银河", "yinhe"), ("昊天", "haotian"), ("卓越", "zhuoyue"),
    ("万象", "wanxiang"), ("兴业", "xingye"), ("盛世", "shengshi"), ("朗坤", "langkun"),
)
CITIES = (
    ("上海", "华东"), ("苏州", "华东"), ("无锡", "华东"), ("杭州", "华东"), ("宁波", "华东"),
    ("南京", "华东"), ("合肥", "华东"), ("北京", "华北"), ("天津", "华北"), ("石家庄", "华北"),
    ("青岛", "华东"), ("济南", "华东"), ("广州", "华南"), ("深圳", "华南"), ("东莞", "华南"),
    ("佛山", "华南"), ("厦门", "华南"), ("武汉", "华中"), ("长沙", "华中"), ("郑州", "华中"),
    ("成都", "西南"), ("重庆", "西南"), ("西安", "西北"), ("沈阳", "东北"), ("大连", "东北"),
)
INDUSTRIES = (
    ("制造业", "精密机械"), ("制造业", "汽车零部件"), ("电子", "电子科技"), ("化工", "化工"),
    ("医药", "生物医药"), ("食品", "食品"), ("物流", "供应链"), ("零售", "商贸"),
    ("能源", "新能源"), ("建筑", "建设工程"), ("纺织", "纺织"), ("家电", "电器"),
)
SIZES = ("50人", "120人", "300人", "800人", "1500人", "3000人", "8000人", "2万人")
REVENUES = ("¥3000万", "¥1.2亿", "¥5亿", "¥12亿", "¥45亿", "¥120亿")
LEAD_SOURCES = ("转介绍", "展会", "官网咨询", "老客户", "陌拜", "referral", "招标网", "行业协会")
TITLES = (
    ("总经理", "总经办"), ("副总经理", "总经办"), ("财务总监", "财务部"), ("CFO", "财务部"),
    ("IT经理", "信息部"), ("CIO", "信息部"), ("信息化主管", "信息部"), ("生产副总", "生产部"),
    ("车间主任", "生产部"), ("采购经理", "采购部"), ("采购专员", "采购部"), ("质量经理", "质量部"),
    ("工艺工程师", "技术部"), ("技术总监", "技术部"), ("销售总监", "销售部"), ("仓储主管", "物流部"),
    ("董事长", "董事会"), ("行政主管", "行政部"), ("法务", "法务部"), ("项目经理", "信息部"),
)
TAGS = ("老朋友", "关键人", "技术派", "VIP", "需跟进", "决策层", "校友", "golf", "喜欢喝茶")
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "177", "180", "181", "182", "183", "185", "186", "187",
    "188", "189", "199",
)


def person(rng: random.Random) -> tuple[str, str]:
    """(姓名, pinyin name) e.g. ("王建国", "Wang Jianguo")."""
    sur, sur_py = SURNAMES[min(int(rng.expovariate(1 / 14)), len(SURNAMES) - 1)]
    parts = rng.sample(GIVEN, 1 if rng.random() < 0.3 else 2)
    given = "".join(h for h, _ in parts)
    given_py = "".join(p for _, p in parts)
    return sur + given, f"{sur_py} {given_py.capitalize()}"


class UniqueMobiles:
    """Distinct mainland mobiles in E.164 (+86 1xx xxxx xxxx)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()

    def __call__(self) -> str:
        while True:
            number = f"+86{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"
            if number not in self.seen:
                self.seen.add(number)
                return number


def company_names(rng: random.Random, n: int) -> list[tuple[str, str, str, str]]:
    """n distinct (name, pinyin brand, city, industry key) e.g. ("苏州恒达精密机械有限公司", ...)."""
    seen: set[str] = set()
    out: list[tuple[str, str, str, str]] = []
    while len(out) < n:
        city, _region = rng.choice(CITIES)
        brand, brand_py = rng.choice(BRANDS)
        industry, trade = rng.choice(INDUSTRIES)
        suffix = rng.choice(("有限公司", "股份有限公司", "集团有限公司", "科技有限公司"))
        name = f"{city}{brand}{trade}{suffix}"
        if name in seen:
            continue
        seen.add(name)
        out.append((name, brand_py, city, industry))
    return out


def region_of(city: str) -> str:
    return dict(CITIES)[city]


def wechat_id(rng: random.Random, pinyin: str) -> str:
    base = pinyin.replace(" ", "").lower()
    style = rng.random()
    if style < 0.4:
        return f"{base}{rng.randrange(1960, 2005)}"
    if style < 0.7:
        return f"wxid_{rng.randrange(16**10):010x}"
    return f"{base[:6]}_{rng.randrange(1000):03d}"
