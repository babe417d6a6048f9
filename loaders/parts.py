"""What a heading opens: a task part, key projects, targets, background or safeguards.

>>> part_kind("三、重点工程", "task", True), part_kind("(五)实施科技强安,不断提升基础保障水平", "task", False)
('key_project', 'task')
>>> part_kind("(三)规划目标", "background", False)
'target'
"""
from __future__ import annotations

import re
from functools import lru_cache

_KEY = re.compile(r"(重点工程|重大工程|重点项目|重大项目|工程项目|重点建设项目)")
_TASK = re.compile(r"(主要任务|重点任务|工作任务|任务措施|主要措施|重点工作|工作重点|具体措施|重点措施|工作内容|主要内容|任务分工)")
_TARGET = re.compile(r"(规划目标|主要目标|发展目标|工作目标|主要指标|总体目标|具体目标|行动目标|目标指标)")
_BACKGROUND = re.compile(r"(成效|形势|背景|发展基础|工作基础|现实基础|机遇|挑战|指导思想|基本原则|总体要求|总体思路|"
                         r"面临|现状|回顾|编制依据|适用范围|工作原则|存在问题|问题与不足|基本情况|重要意义)")
_SAFEGUARD = re.compile(r"(保障措施|组织实施|实施保障|工作要求|进度安排|实施步骤|时间安排|方法步骤|步骤安排|阶段安排|"
                        r"工作步骤|有关要求)")
# Safeguard words that also name ordinary tasks: they open safeguards only at a sequence start.
_WEAK_SAFEGUARD = re.compile(r"(组织领导|经费保障|投入保障|激励问责|督导检查|监督评估)")


_STAGE = re.compile(r"^[\u4e00-\u9fff]{2,4}阶段")


def own_kind(title: str, top: bool, first: bool = False) -> str | None:
    """The part a heading's own words name, or None.

    >>> own_kind("部署阶段(2024年3月)", False), own_kind("加强监管", False)
    ('safeguard', None)
    """
    kind = part_kind(title, "", top, first)
    return kind or None


@lru_cache(maxsize=16384)
def part_kind(title: str, parent: str, top: bool, first: bool = False) -> str:
    """The part a heading opens, given the part it stands in (``parent``).

    ``top``: the heading stands at the top (under no other); ``first``: it starts
    a numbered sequence ((一), 1.).  Both are truth values (bool): the answers are
    kept per title, parent and the two (called directly, not through a wrapper that
    converts them, as it is called for every heading).
    """
    short = len(title) <= 14
    if first and short and _WEAK_SAFEGUARD.search(title):
        return "safeguard"
    if _STAGE.match(title):
        return "safeguard"
    if _KEY.search(title) and (top or short or parent == "background"):
        return "key_project"
    if _TASK.search(title) and (top or short):
        return "task"
    if _TARGET.search(title) and (top or short or parent == "background"):
        return "target"
    if _BACKGROUND.search(title) and (top or short):
        return "background"
    if _SAFEGUARD.search(title) and (top or short):
        return "safeguard"
    if parent in ("key_project", "target", "background", "safeguard", ""):
        return parent
    return "task"


def has_plan_structure(ps: list) -> bool:
    """True when a heading names a task or key-project part (主要任务, 重点工程 …)."""
    return any(p.kind in ("heading", "item") and p.title and len(p.title) <= 14
               and (_KEY.search(p.title) or _TASK.search(p.title)) for p in ps)


__all__ = ["part_kind", "own_kind", "has_plan_structure"]
