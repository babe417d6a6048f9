"""dutygraph's core: the plan model, department resolution, graph stores and exports.

``import graph`` stays light: database clients, rdflib and networkx are imported
only by the modules that need them.
"""
from graph.errors import DutygraphError, InputError, ParseError, UnreadableFile
from graph.model import (
    Assignment,
    Basis,
    Deadline,
    Department,
    DepartmentKind,
    DepartmentRef,
    Indicator,
    Issue,
    Plan,
    PlanDocument,
    Role,
    Section,
    SectorTag,
    Span,
    Unit,
    UnitKind,
    plan_id,
)

__all__ = [
    "Assignment", "Basis", "Deadline", "Department", "DepartmentKind", "DepartmentRef",
    "DutygraphError", "Indicator", "InputError", "Issue", "ParseError", "Plan",
    "PlanDocument", "Role", "Section", "SectorTag", "Span", "Unit", "UnitKind", "UnreadableFile", "plan_id",
]
