"""Document metadata: title, issuer, document number, dates, jurisdiction, status.

>>> doc_number("辽安委办〔2021〕101号\\n")
'辽安委办〔2021〕101号'
>>> doc_number("通经技安委办〔2024〕 号")
'通经技安委办〔2024〕号'
>>> place_of("大连金普新区安全生产\\"十四五\\"规划"), place_of("辽宁省安全生产委员会办公室")
('大连金普新区', '辽宁省')
>>> literary_province("创新开展“三晋安全行”活动，全省……")
'山西省'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DOCNO = re.compile(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{0,5}\s*号)")
_DOCNO_ANY = re.compile(r"([\u4e00-\u9fff]{1,12}[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d{1,5}\s*号)")
_DATE_CN = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ANY = re.compile(r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
_PUBLISHED = re.compile(r"(?:发布时间|发布日期|发文日期|日期)\s*[:：]?\s*")
_NOTICE = re.compile(r"关于印发\s*[《<]([^》>\n]{4,80})[》>]")
_ANNEX = re.compile(r"(?m)^\s*附件\s*\d*\s*[:：]\s*([^\n\r]{6,80}?)\s*$")
_TITLE_WORD = re.compile(r"(规划|方案|预案|办法|意见|通知|规定|制度|要点|批复|细则|清单|决定|计划|报告|分工)")
_NOT_TITLE = re.compile(r"(首页|位置|->|>|发布时间|信息来源|访问量|分享|打印|关闭|^Page|^P\.\s)")
_ISSUER_TAIL = re.compile(r"(委员会办公室|委员会|办公室|办公厅|人民政府|管理委员会|管委会|指挥部|应急管理局|局|厅|委|公司)$")
_STATUS = re.compile(r"[（(]\s*(送审稿|征求意见稿|讨论稿|草案|修订稿|报批稿)\s*[)）]")
# what follows the place at the head of a title or issuer
_PLACE_NEXT = (r"(?=安全|应急|人民|“|\"|「|《|关于|党|政府|十|森林|城市|(?:19|20)\d{2}年|"
               r"[\u4e00-\u9fff]{0,8}(?:规划|方案|预案|委员会|办公室))")
_PLACE = re.compile(
    r"^(.{1,14}?(?:经济技术开发区|高新技术产业开发区|开发区|新区|自治区|自治州|特别行政区|省|市|县|旗|盟|州|区))"
    + _PLACE_NEXT)
# a development zone is its own place, even when its name holds a city's (广州开发区)
_ZONE_PLACE = re.compile(r"^(.{1,14}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|新区|示范区))"
                         + _PLACE_NEXT)
LITERARY = {"三晋": "山西省", "八闽": "福建省", "齐鲁": "山东省", "三秦": "陕西省", "燕赵": "河北省",
            "荆楚": "湖北省", "巴蜀": "四川省", "天府": "四川省", "八桂": "广西壮族自治区", "龙江": "黑龙江省",
            "三湘": "湖南省", "潇湘": "湖南省", "中原": "河南省", "江淮": "安徽省", "赣鄱": "江西省",
            "陇原": "甘肃省", "琼崖": "海南省", "三晋大地": "山西省", "八闽大地": "福建省", "吉林大地": "吉林省",
            "辽沈": "辽宁省", "黔山": "贵州省", "彩云之南": "云南省", "天山南北": "新疆维吾尔自治区",
            "八桂大地": "广西壮族自治区", "塞上": "宁夏回族自治区", "雪域": "西藏自治区", "青海湖": "青海省",
            "北疆": "内蒙古自治区", "江淮大地": "安徽省", "荆楚大地": "湖北省"}
_LITERARY = re.compile("(" + "|".join(sorted(LITERARY, key=len, reverse=True)) + ")")
# One-character province abbreviations at the head of a document number: 辽安委办 → 辽宁省.
ABBREV = {"辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区",
          "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
          "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省",
          "川": "四川省", "黔": "贵州省", "滇": "云南省", "云": "云南省", "藏": "西藏自治区", "陕": "陕西省",
          "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区"}


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    date: str | None = None
    published: str | None = None
    jurisdiction: str | None = None
    status: str | None = None


def _iso(m: re.Match[str]) -> str:
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def doc_number(text: str) -> str | None:
    """The document number standing on its own line near the top, white space removed."""
    m = _docno_on_a_line(text, _DOCNO_END) or _docno_anywhere(text, _DOCNO_ANY_END)
    return re.sub(r"\s+", "", m.group(1)) if m else None


_DOCNO_END, _DOCNO_ANY_END = 4000, 1500  # how far into the text a document number is looked for
_DOCNO_BRACKETS = "〔[［【"  # a _DOCNO_ANY match holds one, after at most 12 characters


def _docno_on_a_line(text: str, end: int) -> re.Match | None:
    """``_DOCNO.search(text, 0, end)``, trying only where its ``^`` holds: the start of
    the text and after each line feed (not every character, most after a failed ``^``)."""
    pos = 0
    while True:
        m = _DOCNO.match(text, pos, end)
        if m is not None:
            return m
        pos = text.find("\n", pos, end) + 1
        if pos == 0:
            return None


def _docno_anywhere(text: str, end: int) -> re.Match | None:
    """``_DOCNO_ANY.search(text, 0, end)``, from 12 characters before its first bracket
    (no match starts earlier) rather than trying 12 characters before a bracket at each
    character of the text."""
    first = min((k for k in (text.find(c, 0, end) for c in _DOCNO_BRACKETS) if k >= 0), default=-1)
    return _DOCNO_ANY.search(text, max(first - 12, 0), end) if first >= 0 else None


def place_of(name: str | None) -> str | None:
    """The place a title or body name starts with (辽宁省, 大连金普新区), or None.
    A development zone is its own place: 广州开发区, not 广州.

    >>> place_of("广州开发区安全生产委员会"), place_of("通辽市应急管理局开发区分局")
    ('广州开发区', '通辽市')
    >>> place_of("广州开发区2024年安全生产工作要点")
    '广州开发区'

    """
    if not name:
        return None
    name = name.strip("#* \t")
    m = _ZONE_PLACE.match(name) or _PLACE.match(name)
    return m.group(1) if m else None


def literary_province(text: str) -> str | None:
    """A province named by its literary name (三晋 → 山西省) in a province-level text."""
    if "全省" not in text and "省级" not in text and "省委" not in text:
        return None
    found = [LITERARY[m.group(1)] for m in _LITERARY.finditer(text)]
    return max(set(found), key=found.count) if found else None


def _title(text: str, head: list[str]) -> str | None:
    m = _NOTICE.search(text, 0, 3000)
    if m:
        return m.group(1).strip()
    m = _ANNEX.search(text, 0, 3000)
    if m and _TITLE_WORD.search(m.group(1)):
        return m.group(1).strip()
    for line in head:
        t = line.strip("#* \t\u3000")
        if 6 <= len(t) <= 60 and _TITLE_WORD.search(t) and not _NOT_TITLE.search(t) \
                and not re.search(r"[。；]", t) and not t.startswith(("为", "根据", "按照")):
            return t
    return None


def _issuer_and_date(head: list[str]) -> tuple[str | None, str | None]:
    for i, line in enumerate(head):
        t = line.strip()
        dm = _DATE_CN.fullmatch(t)
        if dm and i > 0:
            for back in range(i - 1, max(-1, i - 3), -1):
                cand = head[back].strip()
                if cand and len(cand) <= 40 and _ISSUER_TAIL.search(cand) and "。" not in cand:
                    return cand, _iso(dm)
            return None, _iso(dm)
    return None, None


def title_issuer(title: str) -> str | None:
    """The one body a title names before 关于 (广州市应急管理局关于…的办理意见).

    >>> title_issuer("广州市应急管理局关于《某提案》的办理意见"), title_issuer("关于印发方案的通知")
    ('广州市应急管理局', None)
    """
    m = re.match(r"^([^，,。、《》“”\s]{2,30}?)(?:关于|關於|关於)", title)
    if m and _ISSUER_TAIL.search(m.group(1)):
        return m.group(1)
    return None


def read_metadata(text: str) -> Metadata:
    """Metadata of a plan text; fields the text does not state are None."""
    head = [ln for ln in text[:6000].splitlines() if ln.strip()][:80]
    title = _title(text, head[:40])
    issuer, date = _issuer_and_date(head)
    if issuer is None and title:
        issuer = title_issuer(title)
    pm = _PUBLISHED.search(text, 0, 1500)
    published = None
    if pm:
        dm = _DATE_ANY.match(text, pm.end()) or _DATE_ANY.match(text, pm.end(), pm.end() + 40)
        if dm is None:
            dm = _DATE_ANY.search(text, pm.end(), pm.end() + 40)
        published = _iso(dm) if dm else None
    number = doc_number(text)
    status_m = _STATUS.search(text, 0, 1500)
    jurisdiction = place_of(issuer) or place_of(title)
    if jurisdiction is None and number and number[0] in ABBREV and number[1] not in "〔[":
        jurisdiction = ABBREV[number[0]]
    if jurisdiction is None:
        jurisdiction = literary_province(text)
    return Metadata(title, issuer, number, date, published, jurisdiction,
                    status_m.group(1) if status_m else None)


__all__ = ["Metadata", "read_metadata", "title_issuer", "doc_number", "place_of", "literary_province"]
