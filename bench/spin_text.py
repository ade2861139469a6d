"""Call-note text in mixed Chinese and English, built from phrase banks so no two notes read alike.

Sentences are templates with slots ({sys}, {n}, {w}…) filled at random; each SPIN section gets a
varying number of sentences, so lengths vary from a line to a paragraph, as a seller's notes do.
Words that search must find (预算, 成本, 决策, MES, ERP, budget, timeline) occur throughout.
"""

from __future__ import annotations

import random

SYSTEMS = ("MES", "ERP", "WMS", "SAP", "用友U8", "金蝶K3", "PLM", "CRM", "OA", "SRM", "BI")
PEOPLE = ("财务总监", "IT经理", "生产副总", "采购经理", "总经理", "车间主任", "CIO", "质量经理")
KPIS = ("交付准时率", "库存周转", "良品率", "OEE", "人均产值", "回款周期", "订单交期", "能耗")
COMPETITORS = ("鼎捷", "SAP", "用友", "金蝶", "西门子", "Oracle", "浪潮", "本地小厂", "汉得")
MONTHS = ("一月", "三月", "五月", "Q2", "Q3", "年底", "明年初", "十月", "end of Q4", "next spring")

SITUATION = (
    "客户现在用{sys}管生产，{sys2}管财务，两套系统数据不通。",
    "工厂共{n}条产线，{n2}个车间，三班倒。",
    "年产值约{w}亿，去年增长{p}%。",
    "信息部只有{n2}个人，主要靠外包维护{sys}。",
    "They run {sys} on-premise, upgraded in {year}.",
    "集团要求各子公司明年统一上{sys}。",
    "订单以小批量多品种为主，换线频繁。",
    "目前用Excel排产，计划员每天加班到很晚。",
    "Headcount about {n}00, two plants in {city}.",
    "项目起因是上个月的客户审核没通过。",
    "老板刚从标杆企业参观回来，对数字化很有兴趣。",
)
PROBLEM = (
    "{who}说：“库存数字从来对不上。”",
    "交期经常延误，{kpi}只有{p}%。",
    "{sys}和{sys2}之间靠人工导数，出错率高。",
    "成本核算要等到月底，{who}看不到实时成本。",
    "Quality issues are found too late, rework costs are high.",
    "质量追溯要翻纸质单据，一次要两三天。",
    "{who}觉得现在的供应商响应太慢。",
    "决策链很长，任何采购都要集团批。",
    "They can't see WIP on the shop floor in real time.",
    "预算紧张，今年的IT投入被砍了{p}%。",
    "这可能只是拒绝的托词，需要再确认是否真实需求。",
)
IMPLICATION = (
    "每月因为延误赔款大约{w}万元。",
    "如果{kpi}再下降，明年的大客户订单可能保不住。",
    "返工成本一年约{w}0万，占利润的{p}%。",
    "The cost of doing nothing: roughly ¥{w}0万 a year in scrap.",
    "财务月结要{n2}天，{who}压力很大。",
    "人员流失严重，计划员一年换了{n2}个。",
    "审核不通过会影响出口资质。",
    "不改的话，扩产后问题会成倍放大。",
)
NEED_PAYOFF = (
    "希望{kpi}提升到{p}%以上，由{who}负责考核。",
    "实时看到成本，月结缩短到{n2}天。",
    "They want one source of truth across {sys} and {sys2}.",
    "上线后计划员可以不再加班，{who}最看重这一点。",
    "支撑集团的数字化工厂战略，年底要出成果。",
    "质量追溯从两天缩短到十分钟。",
    "Payback within {n2} months would get the CFO on board.",
    "减少{p}%的库存资金占用。",
)
BUDGET = (
    "预算约{w}0万，已在年度计划里。", "预算未定，要等{month}的预算会。",
    "Budget ~¥{w}0万, approved by the board.", "预算方是{who}，说成本必须控制在{w}0万以内。",
    "没有单独预算，要从{sys}运维费里挪。", "",
)
TIMELINE = (
    "{month}前要上线。", "计划{month}招标，{month2}签约。", "Timeline: pilot in {month}, rollout after.",
    "没有明确时间表，决策要看{who}。", "希望赶在年底前完成一期。", "",
)
RISKS = (
    "{who}支持{comp}，可能是陪标。", "标书可能按{comp}的参数写。", "还没见到拍板人。",
    "Champion may leave the company.", "价格战风险，{comp}报价低{p}%。", "",
)
FEEDBACK = (
    "觉得我们的报表不够灵活。", "喜欢移动端扫码报工。", "问能不能和{sys}做接口。",
    "Asked for English UI for the German plant.", "对数据安全很在意，要求私有部署。", "",
)
INTERNAL = (
    "{who}很务实，下次带案例去。", "感觉对方在比价，先别降价。", "需要请老板出面拜访{who}。",
    "Follow up within 24h.", "饭局上提到他想升职，项目做成对他有帮助。", "",
)
GOALS = (
    "了解现状和{sys}使用情况", "确认问题和影响", "演示{sys}方案", "和{who}对齐价值",
    "商务谈判", "POC启动会", "First call: understand the situation", "递交方案", "回访",
)
NEXT_STEPS = (
    "发会议纪要给{who}", "准备{sys}演示环境", "约{who}单独沟通预算", "提交报价单",
    "Send the case study to the CIO", "安排工厂参观", "确认招标时间表", "请技术同事做方案评审",
    "把POC计划发给{who}", "跟进{comp}的报价情况",
)
CARES = (
    "平台和数据模型", "成本和回报", "日常操作是否简单", "交付周期", "数据安全", "售后响应",
    "和{sys}的集成", "ROI within two years", "上线风险",
)
INTERESTS = (
    "想借项目争取升职", "怕担责任，倾向稳妥方案", "和{comp}的销售关系好", "希望减少部门加班",
    "wants a success story for the board", "明年要退休，不想折腾", "想在集团里出成绩",
)
HOW_TO_TALK = (
    "讲双方利益，少讲功能", "多讲培训和上手", "用数字说话，给ROI表", "先请他吃饭，别谈价格",
    "Speak about risk reduction", "带同行案例", "让他参与方案设计",
)


class _Slots(dict):
    """Slot values drawn only when a template asks for them (most templates use one or two)."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        if key in ("sys2", "month2"):
            bank = SYSTEMS if key == "sys2" else MONTHS
            first = self[key[:-1]]
            value = r.choice([v for v in bank if v != first])
        else:
            value = _DRAW[key](r)
        self[key] = value
        return value


_DRAW = {
    "sys": lambda r: r.choice(SYSTEMS),
    "month": lambda r: r.choice(MONTHS),
    "who": lambda r: r.choice(PEOPLE),
    "kpi": lambda r: r.choice(KPIS),
    "comp": lambda r: r.choice(COMPETITORS),
    "n": lambda r: str(r.randrange(3, 40)),
    "n2": lambda r: str(r.randrange(2, 12)),
    "p": lambda r: str(r.randrange(5, 95)),
    "w": lambda r: str(r.randrange(2, 99)),
    "year": lambda r: str(r.randrange(2012, 2024)),
    "city": lambda r: r.choice(("苏州", "东莞", "成都")),
}


class NoteText:
    """Fills the templates from one `random.Random`."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def fill(self, template: str) -> str:
        if "{" not in template:
            return template
        return template.format_map(_Slots(self.rng))

    def section(self, bank: tuple[str, ...], most: int) -> str:
        """1..most sentences from the bank (sometimes none at all)."""
        r = self.rng
        if r.random() < 0.12:
            return ""
        count = 1 + min(int(r.expovariate(0.8)), most - 1)
        out = ""
        for template in r.sample(bank, count):
            sentence = self.fill(template)
            out += f" {sentence}" if out and (out[-1] == "." or sentence[0].isascii()) else sentence
        return out

    def one(self, bank: tuple[str, ...]) -> str:
        return self.fill(self.rng.choice(bank))

    def note_fields(self) -> tuple[str, ...]:
        """(goal, situation, problem, implication, need_payoff, budget, timeline, risks,
        competitors, product_feedback, internal_notes)."""
        r = self.rng
        return (
            self.one(GOALS),
            self.section(SITUATION, 5),
            self.section(PROBLEM, 5),
            self.section(IMPLICATION, 4),
            self.section(NEED_PAYOFF, 4),
            self.one(BUDGET),
            self.one(TIMELINE),
            self.one(RISKS),
            "、".join(r.sample(COMPETITORS, r.randrange(0, 3))),
            self.one(FEEDBACK),
            self.one(INTERNAL),
        )
