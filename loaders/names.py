"""Department names inside responsibility clauses: recognising, splitting, expanding.

A clause lists departments the way a person writes them: ``省工业和信息化厅、应急厅``
(shared prefix abbreviated), ``公安、交通部门`` (shared head noun), ``…等`` (open list),
``省、中直负有安全生产监管职责的部门`` (one collective that contains a 、).  The helpers
here turn such a list into the names the contract asks for, each with its offset in
the list text so callers can keep spans.

>>> [n.name for n in split_names("省工业和信息化厅、应急厅、发展改革委等")]
['省工业和信息化厅', '省应急厅', '省发展改革委']
>>> [n.name for n in split_names("公安、交通部门")]
['公安部门', '交通部门']
>>> [n.name for n in split_names("省、中直负有安全生产监管职责的部门")]
['省、中直负有安全生产监管职责的部门']
"""
from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import NamedTuple

CJK = r"\u3400-\u9fff"

# Endings that make a string a body's name (longest first inside each group).
ORG_SUFFIX = (
    r"(?:行政主管部门|主管部门|部门|有限责任公司|有限公司|公司|集团|人民政府|政府|管委会|管委|"
    r"委员会|委員會|委|办公室|辦公室|办公廳|办公厅|办事处|辦事處|办|辦|局|厅|廳|署|部|总队|總隊|支队|支隊|大队|大隊|中队|中隊|队|隊|"
    r"海关|海關|中心|站|所|社|院|科|处|處|单位|單位|机关|機關|机构|機構|指挥部|指揮部|党委|黨委|党组|"
    r"街道|镇街|鎮街|乡镇|鄉鎮|系统|系統|银行|銀行|法院|检察院|檢察院|红十字会|紅十字會|协会|協會|联合会|"
    r"军分区|軍分區|武警)"
)
_ORG_END = re.compile(ORG_SUFFIX + r"$")
# Bare words that only make sense attached to the name before them (各市场监管所、队).
_BARE = re.compile(r"^(?:队|隊|所|政府|党委|黨委|办|辦|局|委|站|科|处|部门)$")
# A piece that is only a jurisdiction (省、中直…, 市、县(市、区)人民政府).
_PLACE_ONLY = re.compile(
    rf"^(?:[省市县区縣區州旗盟]|中直|省直|市直|区直|县直|乡镇|鄉鎮|镇|街道|[{CJK}]{{0,6}}[（(][^（）()]*[)）])$"
)
# Level prefix of a name: 省/市/区/县 or a place name ending in one (辽宁省, 大连市).
_LEVEL = re.compile(rf"^(?:[{CJK}]{{2,6}}?(?:自治区|自治州|省|市|区|县|州|旗|盟|區|縣)|[省市区县州旗盟區縣])")
_NOT_LEVEL = ("市场", "市場", "市政", "区域", "區域", "县域", "縣域", "市民")
# Names that carry their own organisation prefix and never inherit one.
_OWN_PREFIX = re.compile(
    r"^(?:国家|國家|中国|中國|中央|中共|民航|武警|驻|駐|各|全|有关|有關|相关|相關|其他|其它|上级|上級|本级|所在|辖区|轄區|属地|屬地|"
    r"中直)"
)
# Place names that make a prefix of their own without 省/市 (辽宁海事局, 成都海关, 沈阳铁路监管局).
PLACES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 华北 东北 华东 华南 华中 西南 西北 "
    "石家庄 太原 呼和浩特 沈阳 大连 长春 哈尔滨 南京 杭州 宁波 合肥 福州 厦门 南昌 济南 青岛 郑州 武汉 长沙 "
    "广州 深圳 南宁 海口 成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐 通辽 鄂尔多斯 包头 营口 丹东 锦州 "
    "鞍山 抚顺 本溪 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛 三明 六安 常州 苏州 无锡 徐州 温州 佛山 东莞 珠海 烟台 "
    "唐山 保定 邯郸 洛阳 宜昌 襄阳 株洲 湘潭 岳阳 遵义 绵阳 宝鸡 赣州 九江 泉州 漳州 "
    "遼寧 廣東 廣州 瀋陽 大連 長春 哈爾濱 南寧 蘭州 銀川 烏魯木齊 廣西 寧夏 新疆 臺灣 貴州 雲南 陝西 "
).split()
_PLACE_START = re.compile("^(?:" + "|".join(sorted(PLACES, key=len, reverse=True)) + ")")
_ENTERPRISE = re.compile(r"(?:公司|集团|集團|银行|銀行)$")
# Injected pinyin of noisy reposts: 經(jīng)貿(mào) → 經貿.
# the letters of a gloss (a character class's inside)
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ"
_PINYIN = re.compile(f"[（(][{PINYIN_LETTERS}]{{1,8}}[)）]")
_TRAILING = re.compile(r"(?:等(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)?|等)$")
_GENERIC_TAIL = re.compile(r"等(?:有关|有關|相关|相關|各)?(?:部门|部門|单位|單位|机构|機構)$")
_TAIL_BRACKET = re.compile(r"[（(][^（）()]*[)）]$")
_LIST_SEP = re.compile(r"[、，,]")
_AND_SEP = re.compile(r"[和及与與]")


class Name(NamedTuple):
    """One name of a list: ``name`` normalised, ``start``/``end`` of its mention in the list."""

    name: str
    start: int
    end: int


# ``_name_of((name, start, end))`` is ``Name(name, start, end)`` without the class call
# through the NamedTuple's generated ``__new__`` (a Python function)
_name_of = partial(tuple.__new__, Name)


def has_pinyin(text: str) -> bool:
    """``_PINYIN.search(text) is not None``, tried only at each opening bracket: finding
    those with ``str.find`` is much cheaper than the pattern's scan of a whole document.

    >>> has_pinyin("市經(jīng)貿委"), has_pinyin("（一）市经贸委（牵头）"), has_pinyin("")
    (True, False, False)
    """
    for bracket in "（(":
        at = text.find(bracket)
        while at >= 0:
            if _PINYIN.match(text, at):
                return True
            at = text.find(bracket, at + 1)
    return False


def strip_pinyin(text: str) -> str:
    """Remove pinyin glosses injected by noisy reposts.

    >>> strip_pinyin("市經(jīng)貿(mào)委")
    '市經貿委'
    """
    if "(" not in text and "（" not in text:  # a gloss opens with a bracket: nothing to scan for
        return text
    return _PINYIN.sub("", text)


def without_space(text: str) -> str:
    """``text`` without white space: ``re.sub(r"\\s+", "", text)`` without the regex (str.split cuts
    at the characters ``\\s`` matches).

    >>> without_space(" 市 公安\\u3000局\\n")
    '市公安局'
    """
    return "".join(text.split())


def without_pinyin(text: str) -> tuple[str, list[int]]:
    """The text without pinyin glosses and, for every offset of it (and its end), the
    offset in ``text``: spans found on the clean copy map back to the original.

    >>> clean, at = without_pinyin("由市公安局設(shè)置崗哨")
    >>> clean, at[clean.index("置")], at[len(clean)]
    ('由市公安局設置崗哨', 11, 14)
    """
    out: list[str] = []
    offsets: list[int] = []
    prev = 0
    for m in _PINYIN.finditer(text):
        out.append(text[prev:m.start()])
        offsets.extend(range(prev, m.start()))
        prev = m.end()
    out.append(text[prev:])
    offsets.extend(range(prev, len(text) + 1))
    return "".join(out), offsets


@lru_cache(maxsize=65536)
def is_org_name(text: str) -> bool:
    """Whether ``text`` ends like a body's name (局, 厅, 部门, 公司, 政府 …).

    >>> is_org_name("省应急厅"), is_org_name("公安"), is_org_name("各市场监管所、队")
    (True, False, True)
    """
    if "（" in text or "(" in text:  # a pinyin gloss or a trailing bracket needs one
        text = _TAIL_BRACKET.sub("", strip_pinyin(text))
    return ends_like_org(text)


# ORG_SUFFIX's words: _ORG_END is their alternation before ``$`` (the end, or a final newline)
_ORG_ENDINGS = tuple(ORG_SUFFIX.removeprefix("(?:").removesuffix(")").split("|"))


def ends_like_org(text: str) -> bool:
    """``_ORG_END.search(text)`` with str.endswith: a regex search tries the long
    alternation at every offset.

    >>> ends_like_org("市公安局"), ends_like_org("市公安局\\n"), ends_like_org("公安")
    (True, True, False)
    """
    return text.endswith(_ORG_ENDINGS) or (text.endswith("\n") and text[:-1].endswith(_ORG_ENDINGS))


def level_prefix(name: str) -> str:
    """The jurisdiction prefix a name starts with ('' if none).

    >>> level_prefix("省委宣传部"), level_prefix("辽宁省应急厅"), level_prefix("市场监管局"), level_prefix("黄埔区政府")
    ('省', '辽宁省', '', '黄埔区')
    """
    if name.startswith(_NOT_LEVEL):
        return ""
    m = _LEVEL.match(name)
    if not m:
        return ""
    rest = name[m.end():]
    if len(rest) < 2 or rest.startswith(("场", "場", "域")) or (len(m.group(0)) == 1 and rest.startswith("政")):
        return ""  # 市场, 区域, 市政 (a named place's 区政府 keeps its place: 黄埔区政府)
    return m.group(0)


def inherits_prefix(name: str) -> bool:
    """Whether a later item of a list takes the list's prefix (应急厅 → 省应急厅).

    >>> inherits_prefix("应急厅"), inherits_prefix("电力公司"), inherits_prefix("国家矿山安全监察局辽宁局")
    (True, False, False)
    >>> inherits_prefix("公安部门")
    False
    """
    if (level_prefix(name) and not _OWN_PREFIX.match(name)) or _OWN_PREFIX.match(name) or _PLACE_START.match(name) or _ENTERPRISE.search(name):
        return False
    if name.endswith(("部门", "部門", "单位", "單位", "机构", "機構")):
        return False
    return is_org_name(name)


@lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    """A mention as a contract name: no white space, pinyin or trailing 等.

    >>> clean_name(" 省司法厅等 ")
    '省司法厅'
    """
    text = strip_pinyin(without_space(text)).strip("，,、；;。:：")
    prev = None
    while prev != text:
        prev = text
        text = _TRAILING.sub("", text) if not _GENERIC_TAIL.fullmatch(text) else text
    return text


def split_outside_brackets(text: str, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """Offsets of the non-empty pieces between separators that stand outside brackets.

    >>> t = "县(市、区)、乡镇"
    >>> [t[a:b] for a, b in split_outside_brackets(t, _LIST_SEP)]
    ['县(市、区)', '乡镇']

    Not cached: its callers (a name list, a parenthetical) cache their own results.
    """
    # keyed on the pattern's text: hashing and comparing a compiled pattern goes
    # through its compiled code (thousands of instructions a lookup)
    cut = _cut_pattern(sep.pattern, sep.flags)
    if cut is None:
        return _split_outside_by_char(text, sep)
    if "（" not in text and "(" not in text:
        # nothing opens a bracket, so every separator stands outside one (a closing
        # bracket alone changes nothing) and ``sep.split`` cuts at each: a one-character
        # separator ends a piece one character before the next piece starts
        return _nonblank_pieces(sep.split(text))
    out, depth, start = [], 0, 0
    for m in cut.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _nonblank_pieces(pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of the pieces a text was cut into at one-character separators, blank ones left out."""
    out = []
    a = 0
    for piece in pieces:
        b = a + len(piece)
        if piece.strip():
            out.append((a, b))
        a = b + 1
    return out


_CHAR_CLASS = re.compile(r"\[[^\[\]\\]*\]")


@lru_cache(maxsize=64)
def _cut_pattern(sep: str, flags: int) -> re.Pattern[str] | None:
    """One pattern finding brackets and separators, when the pattern ``sep`` is a one-character class."""
    if not _CHAR_CLASS.fullmatch(sep):
        return None
    return re.compile(r"[（()）]|" + sep, flags)


def _split_outside_by_char(text: str, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """:func:`split_outside_brackets` for any separator pattern, read one character at a time."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and sep.match(ch):
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


@lru_cache(maxsize=16384)
def _and_cuts(piece: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the names one piece joins with 和/及/与, where both sides are names of
    their own (the whole piece otherwise).

    >>> _and_cuts("市药监局和市红十字会"), _and_cuts("文化和旅游厅")
    (((0, 4), (5, 10)), ((0, 6),))
    """
    for m in _AND_SEP.finditer(piece):
        left, right = piece[: m.start()], piece[m.end():]
        if is_org_name(left) and is_org_name(right) and not _is_generic(left) and len(right) >= 2:
            if _BARE.match(right) or _BARE.match(left):
                continue
            return ((0, m.start()),) + tuple((m.end() + a, m.end() + b) for a, b in _and_cuts(right))
    return ((0, len(piece)),)


_GENERIC_HEAD = re.compile(r"^(?:各|有关|有關|相关|相關|其他|其它)")


def _is_generic(name: str) -> bool:
    return bool(_GENERIC_HEAD.match(name)) and name.endswith(("部门", "部門", "单位", "單位", "机构", "機構"))


@lru_cache(maxsize=16384)
def split_names(text: str) -> tuple[Name, ...]:
    """Split a list of departments into names, expanding shared prefixes and suffixes.

    Cached, and read by many callers: a tuple, which none of them can change (and no
    copy of it per call).

    >>> [n.name for n in split_names("市发展改革委、公安局、民政局")]
    ['市发展改革委', '市公安局', '市民政局']
    >>> [n.name for n in split_names("省委宣传部、文化和旅游厅、广电局")]
    ['省委宣传部', '省文化和旅游厅', '省广电局']
    >>> [n.name for n in split_names("综合二科、各市场监管所、队")]
    ['综合二科', '各市场监管所、队']
    >>> [n.name for n in split_names("消防救援、市场监管、公安等有关部门")]
    ['消防救援部门', '市场监管部门', '公安部门']
    >>> [n.name for n in split_names("县(市、区)、乡镇(街道)党委、政府")]
    ['县(市、区)、乡镇(街道)党委、政府']
    >>> [n.name for n in split_names("市农委、市卫生局、市药监局和市红十字会")]
    ['市农委', '市卫生局', '市药监局', '市红十字会']
    >>> [n.name for n in split_names("国家矿山安全监察局辽宁局、省煤矿安监局、省发展改革委、自然资源厅")][-1]
    '省自然资源厅'
    """
    raw = [(n, a + x, a + y) for a, b in _joined_pieces(text) for n, x, y in _named_cuts(text[a:b])]
    # shared head noun: 公安、交通部门 / 消防救援、公安等有关部门
    if raw:
        last_text = without_space(strip_pinyin(text[raw[-1][1]:raw[-1][2]]))
        head = _shared_head(last_text, len(raw) > 1)
        if head:
            fixed = []
            for i, (n, a, b) in enumerate(raw):
                if i == len(raw) - 1:
                    stem = _HEAD_TAIL.sub("", last_text)
                    n = stem + head if stem and not is_org_name(stem) else (stem or n)
                elif not is_org_name(n):
                    n = n + head
                fixed.append((n, a, b))
            raw = fixed
    out: list[Name] = []
    seen: set[str] = set()
    prefix = ""
    for n, a, b in raw:
        own, inherits = _prefix_rule(n)
        if own:
            prefix = own
        elif prefix and inherits:
            n = prefix + n
        if n not in seen:
            seen.add(n)
            out.append(_name_of((n, a, b)))
    return tuple(out)


@lru_cache(maxsize=16384)
def _named_cuts(part: str) -> tuple[tuple[str, int, int], ...]:
    """The clean names of one joined piece with their offsets in it: the piece cut at
    和/及/与 (a generic piece, 各有关部门, is never cut), names that clean to nothing left out."""
    cuts = ((0, len(part)),) if _is_generic(part) else _and_cuts(part)
    return tuple((n, x, y) for x, y in cuts if (n := clean_name(part[x:y])))


_HEAD_TAIL = re.compile(r"等?(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)$")


def _joined_pieces(text: str) -> list[list[int]]:
    """The list's pieces with a bare tail (队, 政府) joined to the piece before and a
    place-only piece (省, 县(市、区)) to the one after."""
    merged: list[list[int]] = []
    carry: int | None = None
    for a, b in split_outside_brackets(text, _LIST_SEP):
        bare, place = _piece_kind(text[a:b])
        if carry is not None:
            a, carry = carry, None
        if bare and merged:
            merged[-1][1] = b
            continue
        if place:
            carry = a
            continue
        merged.append([a, b])
    if carry is not None:
        if merged:
            merged[-1][1] = len(text)
        else:
            merged.append([carry, len(text)])
    return merged


@lru_cache(maxsize=16384)
def _piece_kind(piece: str) -> tuple[bool, bool]:
    """Whether a list piece is a bare tail (队, 政府) and whether it is a place only (省)."""
    piece = without_space(piece)
    return bool(_BARE.match(piece)), bool(_PLACE_ONLY.match(piece))


@lru_cache(maxsize=16384)
def _prefix_rule(name: str) -> tuple[str, bool]:
    """The level prefix a list item sets for the items after it, and whether the item
    takes the prefix of the items before it (when it sets none)."""
    own = level_prefix(name) if not (_OWN_PREFIX.match(name) or _PLACE_START.match(name)) else ""
    return own, not own and inherits_prefix(name)


_SHARED_HEAD = re.compile(r"(?:等)?(?:有关|有關|相关|相關)?(部门|部門)$")


@lru_cache(maxsize=4096)
def _shared_head(last: str, many: bool = True) -> str:
    """The head noun a category list shares (部门), if its earlier items are bare fields."""
    m = _SHARED_HEAD.search(last)
    if not m:
        return ""
    stem = last[: m.start()]
    if m.group(0).startswith("等") or (stem and not is_org_name(stem) and many):
        return m.group(1)
    return ""

