"""Companies, contacts and referral partners of the large book."""

from __future__ import annotations

from datetime import timedelta

from bench import fakes
from bench.world import BENCH_STAKEHOLDERS, World, ts
from desktop.storage.schema import phone_digits

TIER_WEIGHTS = {"S": 0.05, "A": 0.15, "B": 0.40, "C": 0.30, "": 0.10}
# How many contacts a company of each tier tends to have (relative weight).
CONTACT_WEIGHT = {"S": 20, "A": 9, "B": 4, "C": 2, "": 1}
PARTNER_OFFERINGS = (
    "工业自动化集成", "ERP实施顾问", "MES实施", "财务软件代理", "设备供应商", "咨询公司合伙人",
    "行业协会秘书长", "IT outsourcing", "独立顾问", "系统集成商",
)


def add_companies(w: World) -> None:
    r = w.rng
    n = w.size("companies", least=3)
    tiers = r.choices(list(TIER_WEIGHTS), weights=list(TIER_WEIGHTS.values()), k=n)
    tiers[0] = "S"  # the bench deal's customer is a key account
    rows = []
    for i, (name, brand_py, city, industry) in enumerate(fakes.company_names(r, n), start=1):
        created = w.now - timedelta(days=r.randrange(30, 3 * 365 + 200))
        brand = name[len(city): len(city) + 2]
        w.company_brand.append(brand)
        w.company_tier.append(tiers[i - 1])
        w.company_domain.append(f"{brand_py}{i}.com.cn")
        rows.append((
            i, name, industry, fakes.region_of(city), r.choice(fakes.SIZES),
            r.choice(fakes.REVENUES), tiers[i - 1], f"www.{brand_py}{i}.com.cn",
            f"{city}市{r.choice(('高新区', '工业园区', '经开区'))}{r.randrange(1, 300)}号",
            r.choice(fakes.LEAD_SOURCES), "", r.choice(("", "", "重点客户", "集团客户,上市公司")),
            ts(created), ts(created + timedelta(days=r.randrange(0, 30))), None,
        ))
    w.insert(
        "company",
        ("id", "name", "industry", "region", "size", "annual_revenue", "tier", "website",
         "address", "lead_source", "remarks", "tags", "created_at", "updated_at", "deleted_at"),
        rows,
    )


def add_contacts(w: World) -> None:
    r = w.rng
    n = w.size("contacts", least=BENCH_STAKEHOLDERS + 10)
    n_companies = len(w.company_brand)
    weights = [CONTACT_WEIGHT[t] for t in w.company_tier]
    # The bench customer first gets enough people for a 12-person committee, the rest at random.
    owners: list[int | None] = [1] * (BENCH_STAKEHOLDERS + 2)
    rest = n - len(owners)
    picked = r.choices(range(1, n_companies + 1), weights=weights, k=rest)
    owners += [None if r.random() < 0.05 else c for c in picked]
    mobiles = fakes.UniqueMobiles(r)
    rows = []
    for cid, company_id in enumerate(owners, start=1):
        name, pinyin = fakes.person(r)
        w.contact_names.append(name)
        if company_id is not None:
            w.company_contacts.setdefault(company_id, []).append(cid)
        title, department = r.choice(fakes.TITLES)
        mobile = mobiles()
        other = mobiles() if r.random() < 0.1 else ""
        handle = pinyin.replace(" ", ".").lower()
        domain = w.company_domain[company_id - 1] if company_id else r.choice(("163.com", "qq.com"))
        email = f"{handle}{cid}@{domain}" if r.random() < 0.85 else ""
        created = w.now - timedelta(days=r.randrange(1, 3 * 365 + 200), hours=r.randrange(24))
        tags = ",".join(r.sample(fakes.TAGS, r.choice((0, 0, 0, 1, 2))))
        rows.append((
            cid, name, pinyin, company_id, title, department, mobile, other,
            phone_digits(mobile, other), email, fakes.wechat_id(r, pinyin) if r.random() < 0.8 else "",
            str(r.randrange(10**5, 10**10)) if r.random() < 0.3 else "", "", tags,
            ts(created), ts(created), None,
        ))
    w.insert(
        "contact",
        ("id", "name", "name_alt", "company_id", "title", "department", "mobile", "other_phone",
         "phone_digits", "email", "wechat", "qq", "remarks", "tags", "created_at", "updated_at",
         "deleted_at"),
        rows,
    )


def add_partners(w: World) -> None:
    """Partners are contacts outside the bench customer, with finder and success fee policies."""
    r = w.rng
    n = w.size("partners", least=2)
    bench_people = set(w.company_contacts.get(1, []))
    pool = [c for c in range(1, len(w.contact_names) + 1) if c not in bench_people]
    rows = []
    for pid, contact_id in enumerate(r.sample(pool, n), start=1):
        finder = r.choice(("none", "fixed", "percent"))
        finder_value = {"none": 0.0, "fixed": float(r.choice((2000, 5000, 10000))),
                        "percent": float(r.choice((1, 2)))}[finder]
        success = r.choice(("percent", "percent", "fixed", "none"))
        success_value = {"none": 0.0, "fixed": float(r.choice((20000, 50000))),
                         "percent": float(r.choice((3, 5, 8, 10)))}[success]
        w.partners.append((pid, finder, finder_value, success, success_value))
        created = w.now - timedelta(days=r.randrange(60, 3 * 365))
        city, _ = r.choice(fakes.CITIES)
        rows.append((
            pid, contact_id, r.choice(PARTNER_OFFERINGS),
            "、".join(r.sample([i for i, _ in fakes.INDUSTRIES], 2)),
            "、".join(r.sample(fakes.BRANDS, 2)[k][0] for k in range(2)), city,
            finder, finder_value, success, success_value, "signing",
            r.choice(("", "老朋友介绍的", "每季度吃一次饭")), ts(created), ts(created), None,
        ))
    w.insert(
        "partner",
        ("id", "contact_id", "offering", "reach_industries", "reach_companies", "city",
         "finder_fee_kind", "finder_fee_value", "success_fee_kind", "success_fee_value",
         "success_fee_on", "remarks", "created_at", "updated_at", "deleted_at"),
        rows,
    )
    given = []
    for pid, *_ in w.partners:
        for _ in range(r.choice((0, 1, 1, 2, 3))):
            day = (w.now - timedelta(days=r.randrange(1, 700))).date()
            given.append((pid, day.isoformat(), r.choice(
                ("回介绍了一个客户", "请吃饭", "送了中秋礼品", "introduced to a CIO", "帮忙做了方案")
            )))
    w.insert("partner_given", ("partner_id", "given_on", "description"), given)
