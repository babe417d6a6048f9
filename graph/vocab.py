"""The closed vocabulary: every ``dg:`` term the code may use, checked against ontology.ttl.

A typo fails at once instead of minting a new predicate (``tests/test_ontology.py``
checks that this list and the terms defined in ``ontology.ttl`` are the same set).
No rdflib here: terms are IRI strings; :mod:`graph.rdf` wraps them.

>>> DG.leads
'https://w3id.org/dutygraph/ontology#leads'
>>> DG.lead
Traceback (most recent call last):
...
graph.errors.UnknownTerm: dg:lead is not a term of ontology.ttl (did you mean dg:leads?)
"""
from __future__ import annotations

import difflib

from graph.errors import UnknownTerm

ONTOLOGY_IRI = "https://w3id.org/dutygraph/ontology"
VOCAB_BASE = ONTOLOGY_IRI + "#"
DATA_BASE = "https://w3id.org/dutygraph/id/"

CLASSES = frozenset({
    "Plan", "Section", "Unit", "Task", "KeyProject", "Target", "Department",
    "DepartmentGroup", "Assignment", "Evidence", "Role", "Basis", "Sector", "SectorTag",
})
INDIVIDUALS = frozenset({
    "RoleLead", "RoleCoop", "BasisClause", "BasisLabel", "BasisSubject", "BasisDutyList",
    "BasisOwnership", "BasisInline",
})
OBJECT_PROPERTIES = frozenset({
    "leads", "cooperatesOn", "hasAssignment", "unit", "department", "role", "basis",
    "inPlan", "parentPlan", "inSection", "parentSection", "sector", "sectorTag",
    "taggedSector", "owner", "supervisesSector",
})
DATATYPE_PROPERTIES = frozenset({
    "text", "spanStart", "spanEnd", "number", "level", "sectionPath", "isTableOfContents",
    "evidenceText", "nameAsWritten", "departmentKind", "function", "supervisingFunction",
    "resolved", "jurisdiction", "issuer", "docNumber", "status", "ownerName", "deadline",
    "indicator", "indicatorValue", "reason", "matched",
})
TERMS = CLASSES | INDIVIDUALS | OBJECT_PROPERTIES | DATATYPE_PROPERTIES

#: model enums -> individuals
ROLE_TERMS = {"lead": "RoleLead", "coop": "RoleCoop"}
BASIS_TERMS = {
    "clause": "BasisClause", "label": "BasisLabel", "subject": "BasisSubject",
    "duty_list": "BasisDutyList", "ownership": "BasisOwnership", "inline": "BasisInline",
}
KIND_CLASSES = {"task": "Task", "key_project": "KeyProject", "target": "Target"}


def term(name: str) -> str:
    """The IRI of a ``dg:`` term; :class:`UnknownTerm` if the ontology has no such term."""
    if name not in TERMS:
        close = difflib.get_close_matches(name, sorted(TERMS), n=1)
        hint = f" (did you mean dg:{close[0]}?)" if close else ""
        raise UnknownTerm(f"dg:{name} is not a term of ontology.ttl{hint}")
    return VOCAB_BASE + name


class _Namespace:
    """``DG.leads`` -> the IRI string; unknown attributes raise :class:`UnknownTerm`."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return term(name)

    def __getitem__(self, name: str) -> str:
        return term(name)


DG = _Namespace()
