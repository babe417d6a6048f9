"""_clause_roles reads the segment ends only as far as the last role verb: it finds what
the form that listed every segment end first finds."""
from __future__ import annotations

from test_responsibility_fast_paths_agree import _STATEMENT_WORDS, _strings

from loaders import subjects
from loaders.clauses import LEAD, Found, found_of
from loaders.names import is_org_name, split_names

_WORDS = _STATEMENT_WORDS + ["配合", "参与", "协管", "会办", "为主", "以", "由", "；", "等", "专家", "和", "部门", "市应急局"]


def _plain_clause_roles(text: str, pos: int) -> list[Found]:
    """_clause_roles as it was written, with the list of every segment end."""
    out: list[Found] = []
    next_verb = subjects._ROLE_VERB.search(text, pos)
    if not next_verb:
        return out
    seg_start = pos
    ends = [m.start() for m in subjects._SEG_END.finditer(text, pos)]
    ends.append(len(text))
    for i in ends:
        if next_verb is None or next_verb.start() >= i:
            seg_start = i + 1
            continue
        seg = text[seg_start:i]
        next_verb = subjects._ROLE_VERB.search(text, i + 1)
        for m in subjects._SEG_ROLE.finditer(seg):
            names = m.group("names")
            a = seg_start + m.start("names")
            cut = max(names.rfind("以"), names.rfind("由"))
            if cut > 0 and subjects._good_head(names[cut + 1:]):
                names, a = names[cut + 1:], a + cut + 1
            if names[-1] in " \t\u3000\xa0":  # a name parted from its verb by white space
                bare = names.rstrip(" \t\u3000\xa0")
                if is_org_name(bare) and subjects._good_head(bare):
                    names = bare
            verb = m.group("verb")
            role = LEAD if verb in ("牵头", "牽頭", "负责", "負責", "主办", "主辦", "为主", "為主") else "coop"
            if not subjects._good_head(names):
                out.extend(Found(p.group(0), a + p.start(), a + p.end(), role, "subject")
                           for p in subjects._PIECE.finditer(names) if subjects._good_head(p.group(0)))
                continue
            out.extend(found_of((name, a + start, a + end, role, "subject")) for name, start, end in split_names(names))
            break
        seg_start = i + 1
    return out


def test_lazy_segment_ends_find_the_same_roles():
    for s in _strings(_WORDS, 16, 4000):
        for pos in (0, 1, 3, len(s) // 2):
            if pos <= len(s):
                assert subjects._clause_roles(s, pos) == _plain_clause_roles(s, pos), (s, pos)


def test_real_sentences():
    for s in ["（三）道路交通安全专项整治，由公安部门负责，有关部门配合。", "市应急局牵头；各主管部门和行业部门按照各自职责做好检查。",
              "各街道办事处负责整治后早夜市的管理工作，其它相关部门协管", "有关部门和专家参与，以辖区政府为主"]:
        assert subjects._clause_roles(s, 0) == _plain_clause_roles(s, 0), s
