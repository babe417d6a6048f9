"""A deterministic synthetic corpus of safety-production plans, for benchmarks.

The documents are built the way real ones are (see the field guide): a notice header
with issuer, document number and date; headings 一、/（一）/1./（1）; targets with values
and indicator tables flattened one cell per line; tasks ending in responsibility
parentheticals with abbreviated shared prefixes (（省应急厅牵头，省公安厅、交通运输厅，
省直有关部门按职责分工负责）); labelled fields (牵头单位：市应急局；配合单位：…); sentence
subjects (市公安局负责… / X会同Y…); compilations of department sub-plans with a table of
contents; duty lists of emergency plans (（4）市财政局：负责…).  Department names come
from a function table with per-level short forms (省应急厅 / 市应急局 / 开发区应急分局)
across provinces, cities, counties, districts and development zones.

Sizes are multiples of the five seed documents (388,746 bytes): ``--scale 1`` writes
about 0.4 MB, ``--scale 1000`` about 400 MB, in files of 10–250 KB.  The same seed and
scale write byte-identical files; file ``i`` depends only on the seed and ``i`` (a
bigger scale extends a smaller one; only the last file of a size is cut short).
Files are written one at a time, so memory stays at one file's size.

    python -m bench.generate --scale 1 --out /tmp/dutygraph-bench/corpus-1

>>> a = generate_document(7, 0)
>>> a == generate_document(7, 0)
True
>>> "牵头" in generate_document(7, 0, kind="division")
True
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/generate.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import vocab as V

SEED_BYTES = 388_746  # the five seed documents, UTF-8
GENERATOR_VERSION = 3  # bumped whenever the text written for a seed changes
DEFAULT_SEED = 20240613
DEFAULT_ROOT = Path("/tmp/dutygraph-bench")
KINDS = ("division", "workpoints", "plan", "compilation", "duties")
KIND_WEIGHTS = (30, 20, 20, 12, 18)
MIN_FILE = 10_000
MAX_FILE = 250_000
CN_NUM = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    """Chinese numeral for 1..999: 1 → 一, 11 → 十一, 23 → 二十三, 105 → 一百零五.

    >>> [cn_number(n) for n in (1, 10, 11, 20, 23, 105, 120)]
    ['一', '十', '十一', '二十', '二十三', '一百零五', '一百二十']
    """
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        if not rest:
            return CN_NUM[hundreds] + "百"
        return CN_NUM[hundreds] + "百" + ("零" + CN_NUM[rest] if rest < 10 else
                                          (cn_number(rest) if rest >= 20 else "一" + cn_number(rest)))
    if n <= 10:
        return CN_NUM[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_NUM[tens]
    return head + "十" + (CN_NUM[ones] if ones else "")


@dataclass(frozen=True)
class Jurisdiction:
    name: str  # 辽宁省 / 沈阳市 / 和平区 / 通辽经济技术开发区
    level: str  # province | city | county | district | zone
    prefix: str  # the level prefix of short forms: 省 / 市 / 县 / 区 / 旗 / 开发区
    short: str  # for document numbers: 辽 / 沈 / 沈和
    parent: str | None  # the city above a district, county or zone
    province: str


def pick_jurisdiction(rng: random.Random) -> Jurisdiction:
    level = rng.choices(V.LEVELS, weights=(22, 30, 16, 20, 12))[0]
    prov, pshort, cities = rng.choice(V.JURISDICTIONS)
    if level == "province":
        return Jurisdiction(prov, level, "省", pshort, None, prov)
    if level == "zone":
        zone, city, zshort = rng.choice(V.ZONES)
        return Jurisdiction(zone, level, "开发区", zshort, city, prov)
    city, cshort, subs = rng.choice(cities)
    if level == "city":
        return Jurisdiction(city, level, "市", cshort, None, prov)
    sub = rng.choice(subs)
    last = sub[-1]
    lvl = "district" if last == "区" else "county"
    return Jurisdiction(sub, lvl, last, sub[:-1][:2], city, prov)


# A department mention: (prefix, body, abbreviable).  Rendered as prefix + body; in a
# list, an abbreviable mention with the same prefix as the one before drops it.
Mention = tuple[str, str, bool]


def dept(j: Jurisdiction, function: str, rng: random.Random | None = None) -> Mention:
    """The short form of ``function``'s department at ``j``'s level: 省应急厅, 区应急局."""
    f = V.FUNCTIONS[V.FUNCTION_INDEX[function]]
    level_index = V.LEVELS.index(j.level)
    if rng is not None and rng.random() < 0.08:  # now and then the full name
        return ("", full_name(j, function), False)
    return (j.prefix, f[1][level_index], True)


def full_name(j: Jurisdiction, function: str) -> str:
    """辽宁省应急管理厅 / 沈阳市应急管理局 / 通辽市应急管理局开发区分局."""
    f = V.FUNCTIONS[V.FUNCTION_INDEX[function]]
    if j.level == "province":
        return j.name + f[2]
    if j.level == "zone" and f[1][4].endswith("分局"):
        return f"{j.parent}{f[3]}开发区分局"
    return j.name + f[3]


def party(j: Jurisdiction, rng: random.Random) -> Mention:
    return (j.prefix, rng.choice(V.PARTY), False)


def other_body(j: Jurisdiction, rng: random.Random) -> Mention:
    body = rng.choice(V.OTHER_BODIES)
    place = j.province[:2] if j.level == "province" else (j.parent or j.name)[:-1]
    return ("", place + body, False)


def render_list(mentions: list[Mention], abbreviate: bool) -> str:
    """Join mentions with 、, dropping a shared prefix when ``abbreviate``.

    >>> render_list([("省", "教育厅", True), ("省", "民政厅", True), ("省", "委组织部", False)], True)
    '省教育厅、民政厅、省委组织部'
    """
    out: list[str] = []
    prev: str | None = None
    for prefix, body, abbreviable in mentions:
        if abbreviate and abbreviable and prefix and prefix == prev:
            out.append(body)
        else:
            out.append(prefix + body)
        prev = prefix if abbreviable else None
    return "、".join(out)


def plain(m: Mention) -> str:
    return m[0] + m[1]


class Writer:
    """Lines of one document and their UTF-8 size."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.size = 0
        self.units = 0
        self.assigned = 0

    def add(self, line: str = "") -> None:
        self.lines.append(line)
        self.size += len(line.encode("utf-8")) + 1

    def unit(self, assigned: bool) -> None:
        self.units += 1
        self.assigned += int(assigned)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class Doc:
    """The drawing state of one document: its jurisdiction and punctuation style."""

    def __init__(self, rng: random.Random, target: int) -> None:
        self.rng = rng
        self.target = target
        self.j = pick_jurisdiction(rng)
        self.halfwidth = rng.random() < 0.2  # web copies: (省应急厅牵头,…)
        self.indent = "  " if rng.random() < 0.4 else ""
        self.abbreviate = rng.random() < 0.8
        self.year = rng.choice((2021, 2022, 2023, 2024))
        self.month = rng.randint(1, 11)
        self.day = rng.randint(1, 28)
        self.w = Writer()

    # --- small pieces -------------------------------------------------------------
    def paren(self, inner: str) -> str:
        if self.halfwidth:
            return "(" + inner.replace("，", ",") + ")"
        return "（" + inner + "）"

    def date(self) -> str:
        return f"{self.year}年{self.month}月{self.day}日"

    def doc_number(self) -> str:
        kind = self.rng.choice(("安委办", "安委", "政办发", "应急"))
        return f"{self.j.short}{kind}〔{self.year}〕{self.rng.randint(1, 160)}号"

    def issuer(self) -> str:
        return self.rng.choice((f"{self.j.name}安全生产委员会办公室", f"{self.j.name}人民政府办公室",
                                f"{self.j.name}安全生产委员会"))

    def sector(self) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        return self.rng.choice(V.SECTORS)

    def sentence(self, sector: tuple | None) -> str:
        r = self.rng
        objs = sector[3] if sector and r.random() < 0.65 else V.GENERIC_OBJECTS
        s = r.choice(V.VERBS) + r.choice(objs)
        roll = r.random()
        if roll < 0.18:
            s = f"{r.choice(V.DEADLINES)}，" + s
        elif roll < 0.45:
            s += "，" + r.choice(V.EXTRAS)
        return s + r.choice(V.TAILS) + "。"

    def task_body(self, sector: tuple | None, lo: int = 2, hi: int = 4) -> str:
        return "".join(self.sentence(sector) for _ in range(self.rng.randint(lo, hi)))

    def leads_coops(self, sector: tuple | None) -> tuple[list[Mention], list[Mention]]:
        r, j = self.rng, self.j
        if sector is None or r.random() < 0.25:
            lead_f = [r.choice(("应急管理", "应急管理", "公安", "住房和城乡建设", "市场监管",
                                "交通运输", "消防救援"))]
            coop_pool = [f[0] for f in V.FUNCTIONS]
        else:
            lead_f = list(sector[1][: r.randint(1, len(sector[1]))])
            coop_pool = list(sector[2]) + [f[0] for f in V.FUNCTIONS[:8]]
        leads = [dept(j, f, r) for f in lead_f]
        coops: list[Mention] = []
        lead_set = set(lead_f)
        for f in r.sample(coop_pool, k=min(len(coop_pool), r.randint(0, 6))):
            if f not in lead_set and all(plain(c) != plain(dept(j, f)) for c in coops):
                coops.append(dept(j, f, r))
        if r.random() < 0.1:
            coops.insert(0, party(j, r))
        if r.random() < 0.06:
            coops.append(other_body(j, r))
        return leads, coops

    def clause(self, sector: tuple | None) -> str:
        """A trailing responsibility parenthetical."""
        r = self.rng
        leads, coops = self.leads_coops(sector)
        coll = r.choice(V.COLLECTIVES[self.j.level])
        lead_s = render_list(leads, self.abbreviate)
        coop_s = render_list(coops, self.abbreviate)
        form = r.random()
        if form < 0.12 or (not coops and form < 0.5):
            inner = f"{lead_s}负责"
        elif form < 0.5 and coops:
            inner = f"{lead_s}牵头，{coop_s}，{coll}按职责分工负责"
        elif form < 0.7 and coops:
            inner = f"{lead_s}牵头，{coop_s}等按职责分工负责"
        elif form < 0.82 and coops:
            inner = f"{lead_s}牵头，{coop_s}等按职责分工负责，{coll}按职责分工负责"
        elif form < 0.9 and coops:
            inner = f"{render_list(leads + coops[:2], self.abbreviate)}等负责，{coll}按职责分工负责"
        else:
            inner = f"{lead_s}牵头，{coll}按职责分工负责"
        if r.random() < 0.03 and "，" in inner:  # a parenthetical wrapped across lines
            head, tail = inner.split("，", 1)
            inner = head + "，\n" + tail
        return self.paren(inner)

    def label(self, sector: tuple | None) -> list[str]:
        """Labelled fields after an item: 牵头单位：…；配合单位：…"""
        r = self.rng
        leads, coops = self.leads_coops(sector)
        lead_s = render_list(leads, self.abbreviate)
        coop_s = render_list(coops, self.abbreviate)
        form = r.random()
        if form < 0.45 and coops:
            lines = [f"牵头单位：{lead_s}；配合单位：{coop_s}"]
        elif form < 0.6 and coops:
            lines = [f"牵头单位：{lead_s}", f"配合单位：{coop_s}"]
        elif form < 0.75 and coops:
            lines = [f"【牵头单位】{lead_s}【配合单位】{coop_s}"]
        else:
            lines = [f"责任单位：{render_list(leads + coops[:2], self.abbreviate)}"]
        if r.random() < 0.4:
            lines.append(f"完成时限：{r.choice(V.DEADLINES)}")
        return lines

    def subject_sentence(self, sector: tuple | None) -> str:
        """A sentence whose subject names the responsible department."""
        r = self.rng
        leads, coops = self.leads_coops(sector)
        lead = plain(leads[0])
        objs = sector[3] if sector else V.GENERIC_OBJECTS
        obj = r.choice(objs)
        form = r.random()
        if form < 0.35:
            return f"{lead}负责{r.choice(V.VERBS)}{obj}{r.choice(V.TAILS)}。"
        if form < 0.6 and coops:
            return f"{lead}会同{render_list(coops[:3], self.abbreviate)}{r.choice(V.VERBS)}{obj}。"
        if form < 0.8:
            return f"由{lead}负责组织协调{obj}，{r.choice(V.EXTRAS)}。"
        if coops:
            return f"{lead}牵头，{render_list(coops[:2], self.abbreviate)}配合，{r.choice(V.VERBS)}{obj}。"
        return f"{lead}负责{obj}。"

    def heading2(self, n: int, title: str) -> str:
        return f"{self.indent}（{cn_number(n)}）{title}"

    def notice(self, title: str) -> None:
        w, j, r = self.w, self.j, self.rng
        w.add(f"关于印发《{title}》的通知")
        w.add()
        w.add(f"发布时间:{self.year}年{self.month + 1:02d}月{r.randint(1, 28):02d}日")
        w.add()
        w.add(self.doc_number())
        w.add()
        addressee = {"province": "各市人民政府，省（中）直有关部门（单位）",
                     "city": "各县（市、区）人民政府，市直有关部门",
                     "county": "各乡镇人民政府，县直有关部门",
                     "district": "各街道办事处，区直有关部门",
                     "zone": "各镇街，开发区安委会各成员单位、有关生产经营单位"}[j.level]
        w.add(f"{addressee}：")
        w.add(f"{self.indent}《{title}》已经{j.name}安全生产委员会同意，现印发给你们，请结合实际认真贯彻落实。")
        w.add()
        w.add(self.issuer())
        w.add(self.date())
        w.add()

    def safeguards(self, n: int) -> None:
        w, r = self.w, self.rng
        w.add(f"{self.indent}{cn_number(n)}、保障措施")
        for k, title in enumerate(r.sample(V.SAFEGUARDS, k=3), 1):
            w.add(self.heading2(k, title))
            w.add(self.indent + self.task_body(None, 1, 2))

    def full(self) -> bool:
        return self.w.size >= self.target

    def indicators(self, lo: int, hi: int) -> list[tuple[str, str]]:
        """Targets with values: (生产安全事故死亡人数, 下降15%) …"""
        r = self.rng
        return [(name, value.format(p=r.randint(5, 33), d=f"{r.randint(1, 3)}.{r.randint(0, 9)}",
                                    s=r.randint(1, 9), q=r.randint(60, 90)))
                for name, value in r.sample(V.INDICATORS, k=r.randint(lo, hi))]

    def key_projects(self):
        """(number, sector) of key projects until the document is full (two at least)."""
        k = 0
        while not self.full() or k < 2:
            k += 1
            yield k, self.sector()


def build_division(d: Doc) -> None:
    """A division-of-labour plan: every target, task and key project ends with its
    responsibility parenthetical (seed 000)."""
    w, j, r, ind = d.w, d.j, d.rng, d.indent
    title = f"{j.name}“十四五”安全生产规划目标、主要任务和重点工程分工方案"
    d.notice(title)
    w.add(f"{j.name}“十四五”安全生产规划")
    w.add("目标、主要任务和重点工程分工方案")
    w.add(f"{ind}为贯彻落实《{j.name}“十四五”安全生产规划》（以下简称《规划》），确保《规划》顺利实施，"
          "按照职责将《规划》提出的规划目标、主要任务和重点工程作如下分工。")
    w.add(f"{ind}一、规划目标")
    for k, (name, v) in enumerate(d.indicators(4, 8), 1):
        w.add(f"{ind}{k}.{name}{v}{d.clause(None)}。")
        w.unit(True)
    w.add(f"{ind}二、主要任务")
    n = 0
    while w.size < d.target * 0.85 or n == 0:
        n += 1
        sector = d.sector()
        w.add(d.heading2(n, f"加强{sector[0]}安全监管，{r.choice(V.VERBS)}{r.choice(sector[3])}"))
        for _ in range(r.randint(2, 5)):
            w.add(ind + d.task_body(sector) + d.clause(sector))
            w.unit(True)
    w.add(f"{ind}三、重点工程")
    for k, sector in d.key_projects():
        w.add(d.heading2(k, f"{sector[0]}安全提升工程"))
        w.add(ind + d.task_body(sector, 1, 2) + d.clause(sector))
        w.unit(True)


def build_workpoints(d: Doc) -> None:
    """Yearly work points with labelled fields after every item."""
    w, j, r, ind = d.w, d.j, d.rng, d.indent
    title = f"{j.name}{d.year}年安全生产工作要点"
    d.notice(title)
    w.add(title)
    w.add(f"{ind}{d.year}年全{j.name[-1]}安全生产工作的总体要求是：坚持人民至上、生命至上，"
          "统筹发展和安全，坚决防范遏制重特大事故。")
    n = 0
    while not d.full() or n == 0:
        n += 1
        w.add(f"{ind}{cn_number(n)}、{r.choice(V.VERBS)}{r.choice(V.GENERIC_OBJECTS)}")
        for m in range(1, r.randint(2, 4) + 1):
            sector = d.sector()
            w.add(d.heading2(m, f"{sector[0]}领域"))
            for k in range(1, r.randint(2, 4) + 1):
                w.add(f"{ind}{k}.{d.task_body(sector)}")
                if r.random() < 0.9:
                    for line in d.label(sector):
                        w.add(ind + line)
                    w.unit(True)
                else:
                    w.unit(False)


def build_plan(d: Doc) -> None:
    """A five-year plan: background, an indicator table flattened one cell per line,
    sector tasks with sentence subjects (some with none), key projects, safeguards."""
    w, j, r, ind = d.w, d.j, d.rng, d.indent
    status = r.choice(("", "", "（征求意见稿）", "（送审稿）"))
    w.add(f"{j.name}安全生产“十四五”规划{status}")
    w.add()
    w.add(f"{ind}一、发展基础")
    for line in r.sample(V.BACKGROUND, k=3):
        w.add(ind + line)
    w.add(f"{ind}二、规划目标")
    w.add(f"{ind}到2025年，安全生产责任体系更加完善，重特大事故得到有效遏制。")
    w.add(f"表1 {j.name}“十四五”安全生产主要指标")
    w.add()
    for cell in ("序号", "指标", "目标值", "属性"):
        w.add(cell)
        w.add()
    for k, (name, v) in enumerate(d.indicators(5, 8), 1):
        for cell in (str(k), name, v, r.choice(("约束性", "预期性"))):
            w.add(cell)
            w.add()
        w.unit(False)
    w.add(f"{ind}三、主要任务")
    n = 0
    while w.size < d.target * 0.85 or n == 0:
        n += 1
        w.add(d.heading2(n, f"{r.choice(V.VERBS)}{r.choice(V.GENERIC_OBJECTS)}"))
        for k in range(1, r.randint(2, 5) + 1):
            sector = d.sector()
            parts = [d.task_body(sector, 2, 3)]
            assigned = r.random() < 0.7
            if assigned:
                parts.insert(r.randint(0, 1), d.subject_sentence(sector))
            w.add(f"{ind}{k}.{sector[0]}。{''.join(parts)}")
            w.unit(assigned)
    w.add(f"{ind}四、重点工程")
    for k, sector in d.key_projects():
        w.add(f"{ind}{k}.{sector[0]}安全提升工程。{d.task_body(sector, 1, 2)}")
        w.unit(False)
    d.safeguards(5)


def build_compilation(d: Doc) -> None:
    """A compilation of department sub-plans with a table of contents (seed 004)."""
    w, j, r, ind = d.w, d.j, d.rng, d.indent
    funcs = [f[0] for f in V.FUNCTIONS]
    bodies: list[Writer] = []
    owners: list[str] = []
    used = 0
    title = f"{j.name}安全生产治本攻坚三年行动（2024—2026年）子方案"
    d.notice(title)
    budget = d.target - w.size
    order = r.sample(funcs, k=len(funcs))
    while used < budget or not bodies:
        function = order[len(bodies) % len(order)]
        sectors = [s for s in V.SECTORS if function in s[1]] or [d.sector()]
        sector = r.choice(sectors)
        owner = full_name(j, function)
        sub = f"{owner}{sector[0]}安全生产治本攻坚三年行动实施方案（2024—2026年）"
        owners.append(sub)
        b = Writer()
        if r.random() < 0.5:
            b.add(sub)
        b.add(f"{ind}为深入贯彻习近平总书记关于安全生产重要指示精神，从根本上消除事故隐患，"
              f"结合{sector[0]}领域实际，制定本方案。")
        b.add(f"{ind}一、总体要求")
        b.add(ind + d.task_body(sector, 2, 3))
        b.add(f"{ind}二、主要任务")
        for m in range(1, r.randint(4, 9) + 1):
            b.add(d.heading2(m, f"{r.choice(V.VERBS)}{r.choice(sector[3])}"))
            body = d.task_body(sector, 1, 3)
            roll = r.random()
            if roll < 0.25:
                body += f"配合{plain(dept(j, r.choice(funcs)))}做好{r.choice(V.GENERIC_OBJECTS)}。"
            elif roll < 0.4:
                body = "会同有关部门" + body
            elif roll < 0.5:
                body = f"联合{plain(dept(j, r.choice(funcs)))}" + body
            b.add(ind + body)
            b.unit(True)
        b.add(f"{ind}三、工作安排")
        for m, (stage, span) in enumerate((("动员部署", "2024年4月—5月"), ("集中攻坚", "2024年6月—2025年12月"),
                                           ("巩固提升", "2026年全年")), 1):
            b.add(d.heading2(m, f"{stage}（{span}）"))
            b.add(ind + d.task_body(sector, 1, 2))
        b.add(f"{ind}四、保障措施")
        b.add(ind + d.task_body(None, 1, 2))
        bodies.append(b)
        used += b.size + 120  # its table-of-contents line
    w.add(f"附件：{title}")
    w.add("附件")
    w.add(f"{j.name}安全生产治本攻坚")
    w.add("三年行动（2024—2026年）子方案")
    page = 4
    for i, (sub, b) in enumerate(zip(owners, bodies), 1):
        dots = "·" * r.randint(8, 22)
        w.add(f"{i}.{sub}{dots}（{page}）")
        page += max(1, b.size // 2400)
    for b in bodies:
        for line in b.lines:
            w.add(line)
        w.units += b.units
        w.assigned += b.assigned


def build_duties(d: Doc) -> None:
    """An emergency plan whose member units' duties are listed one per department."""
    w, j, r, ind = d.w, d.j, d.rng, d.indent
    funcs = [f[0] for f in V.FUNCTIONS]
    w.add(f"{j.name}生产安全事故应急预案")
    w.add(f"{ind}一、总则")
    w.add(ind + d.task_body(None, 2, 3))
    w.add(f"{ind}二、组织指挥体系及职责")
    w.add(d.heading2(1, "应急指挥部"))
    w.add(f"{ind}{j.name}生产安全事故应急指挥部由{j.name}人民政府分管负责同志任总指挥，"
          f"办公室设在{plain(dept(j, '应急管理'))}。")
    w.add(d.heading2(2, "成员单位职责"))
    top, n = 2, 2
    first = True
    while not d.full() or first:
        if not first:
            n += 1
            if n > 6:  # a new part: 三、危险化学品事故应急处置
                top, n = top + 1, 1
                w.add(f"{ind}{cn_number(top)}、{d.sector()[0]}事故应急处置")
            w.add(d.heading2(n, f"{d.sector()[0]}事故成员单位职责"))
        first = False
        sector = d.sector()
        chosen = r.sample(funcs, k=r.randint(8, 16))
        for k, function in enumerate(chosen, 1):
            name = plain(dept(j, function, r))
            body = f"负责{r.choice(sector[3] + V.GENERIC_OBJECTS)}"
            if r.random() < 0.5:
                body += f"；{r.choice(V.VERBS)}{r.choice(V.GENERIC_OBJECTS)}"
            if r.random() < 0.2:
                body += f"；配合{plain(dept(j, r.choice(funcs)))}做好{r.choice(sector[3])}"
            w.add(f"{ind}（{k}）{name}：{body}。")
            w.unit(True)
    w.add(f"{ind}{cn_number(top + 1)}、预警和信息报告")
    w.add(ind + d.task_body(None, 1, 2))


BUILDERS = {"division": build_division, "workpoints": build_workpoints, "plan": build_plan,
            "compilation": build_compilation, "duties": build_duties}


def _file_plan(seed: int, index: int) -> tuple[random.Random, str, int]:
    rng = random.Random(f"dutygraph-bench:{seed}:{index}")
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    lo, hi = (60_000, MAX_FILE) if kind == "compilation" else (MIN_FILE, 160_000)
    size = int(rng.triangular(lo, hi, lo + (hi - lo) * 0.25))
    return rng, kind, size


def _build(rng: random.Random, kind: str, size: int) -> Writer:
    d = Doc(rng, size)
    BUILDERS[kind](d)
    return d.w


def generate_document(seed: int, index: int, *, kind: str | None = None, size: int | None = None) -> str:
    """The text of file ``index`` of the corpus with ``seed`` (kind and size may be forced)."""
    rng, k, s = _file_plan(seed, index)
    return _build(rng, kind or k, size or s).text()


def generate(out: str | Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> dict:
    """Write the corpus of ``scale`` × the seed bytes into ``out``; return its manifest.

    Files are written one by one (``plan-000000.txt`` …) with a ``manifest.json``
    listing each file's kind, size and the units the generator meant to write.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    budget = int(scale * SEED_BYTES)
    files = []
    total = units = assigned = 0
    index = 0
    while total < budget:
        rng, kind, size = _file_plan(seed, index)
        remaining = budget - total
        if size > remaining:
            size = max(remaining, MIN_FILE if kind != "compilation" else MIN_FILE * 3)
        w = _build(rng, kind, size)
        data = w.text().encode("utf-8")
        name = f"plan-{index:06d}.txt"
        (out / name).write_bytes(data)
        files.append({"file": name, "kind": kind, "bytes": len(data), "units": w.units,
                      "assigned": w.assigned})
        total += len(data)
        units += w.units
        assigned += w.assigned
        index += 1
    manifest = {"version": GENERATOR_VERSION, "seed": seed, "scale": scale, "files": len(files), "bytes": total, "units": units,
                "assigned": assigned, "list": files}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    return manifest


def corpus_dir(scale: float, seed: int = DEFAULT_SEED, root: Path = DEFAULT_ROOT) -> Path:
    tag = f"{scale:g}" if seed == DEFAULT_SEED else f"{scale:g}-s{seed}"
    return root / f"corpus-{tag}"


def ensure_corpus(scale: float, seed: int = DEFAULT_SEED, out: Path | None = None) -> tuple[Path, dict]:
    """The corpus directory for ``scale`` and its manifest, generating it if needed."""
    out = Path(out) if out else corpus_dir(scale, seed)
    mf = out / "manifest.json"
    if mf.exists():
        manifest = json.loads(mf.read_text(encoding="utf-8"))
        if manifest.get("version") == GENERATOR_VERSION and manifest.get("seed") == seed \
                and manifest.get("scale") == scale and all(
                (out / f["file"]).exists() for f in manifest["list"]):
            return out, manifest
    return out, generate(out, scale, seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiple of the five seeds' size (0.4 MB)")
    ap.add_argument("--out", type=Path, help="output folder (default /tmp/dutygraph-bench/corpus-SCALE)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    out = args.out or corpus_dir(args.scale, args.seed)
    m = generate(out, args.scale, args.seed)
    print(f"{out}: {m['files']} files, {m['bytes'] / 1e6:.2f} MB, {m['units']} units "
          f"({m['assigned']} with a responsibility statement)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
