"""ontology.ttl: it parses, it matches the closed vocabulary and the sector scheme, every term is labelled."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import sectors
from graph.errors import UnknownTerm
from graph.vocab import DG, TERMS, VOCAB_BASE, term

REPO = Path(__file__).resolve().parents[1]
rdflib = pytest.importorskip("rdflib")
from rdflib import RDF, RDFS, SKOS, Literal, URIRef  # noqa: E402


@pytest.fixture(scope="module")
def onto():
    return rdflib.Graph().parse(REPO / "ontology.ttl")


def _defined(g) -> set[str]:
    return {str(s)[len(VOCAB_BASE):] for s in g.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(VOCAB_BASE)}


def test_ontology_parses(onto):
    assert len(onto) > 500


def test_vocab_module_and_ontology_define_the_same_terms(onto):
    assert _defined(onto) == set(TERMS)


def test_every_dg_term_used_in_the_code_exists():
    used = set()
    for path in (REPO / "graph").glob("*.py"):
        if path.name == "vocab.py":  # defines the terms (and shows a wrong one in its doctest)
            continue
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bDG\.([A-Za-z_]\w*)", text))
        used |= set(re.findall(r'\bDG\["(\w+)"\]', text))
    assert used and used <= set(TERMS), used - set(TERMS)


def test_model_enums_map_onto_individuals_and_classes():
    from graph.model import Basis, Role, UnitKind
    from graph.vocab import BASIS_TERMS, KIND_CLASSES, ROLE_TERMS

    assert set(ROLE_TERMS) == {r.value for r in Role}
    assert set(BASIS_TERMS) == {b.value for b in Basis}
    assert set(KIND_CLASSES) == {k.value for k in UnitKind}
    assert {*ROLE_TERMS.values(), *BASIS_TERMS.values(), *KIND_CLASSES.values()} <= TERMS


def test_unknown_term_raises():
    with pytest.raises(UnknownTerm, match="dg:cooperates"):
        DG.cooperates
    with pytest.raises(UnknownTerm):
        term("Departement")


def _labels(g, s, pred):
    return {o.language for o in g.objects(s, pred) if isinstance(o, Literal)}


def test_every_term_and_concept_has_chinese_and_english_labels_and_a_comment(onto):
    subjects = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef)}
    assert len(subjects) > len(TERMS) + 30
    for s in subjects:
        assert {"zh", "en"} <= _labels(onto, s, RDFS.label), f"{s}: needs rdfs:label @zh and @en"
        assert any(True for _ in onto.objects(s, RDFS.comment)) or str(s).endswith("ontology"), f"{s}: no comment"


def test_alignment_with_org_prov_skos(onto):
    ORG, PROV = "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"
    assert (URIRef(DG.Department), RDFS.subClassOf, URIRef(ORG + "Organization")) in onto
    assert (URIRef(DG.DepartmentGroup), RDFS.subClassOf, URIRef(ORG + "Organization")) in onto
    assert (URIRef(DG.Assignment), RDFS.subClassOf, URIRef(PROV + "Entity")) in onto
    assert (URIRef(DG.Sector), RDFS.subClassOf, SKOS.Concept) in onto


def test_sector_block_is_generated_from_the_data_file():
    text = (REPO / "ontology.ttl").read_text(encoding="utf-8")
    block = text[text.index(sectors.BEGIN): text.index(sectors.END) + len(sectors.END) + 1]
    assert block == sectors.scheme_turtle(), "run: python -m graph.sectors --write-ttl"


def test_sector_concepts_in_the_ontology_agree_with_the_scheme(onto):
    for s in sectors.scheme().sectors:
        iri = URIRef(sectors.sector_iri(s.id))
        assert (iri, RDF.type, URIRef(DG.Sector)) in onto
        assert Literal(s.label, lang="zh") in set(onto.objects(iri, SKOS.prefLabel))
        assert {str(o) for o in onto.objects(iri, SKOS.altLabel)} == set(s.alt)
        assert {str(o) for o in onto.objects(iri, URIRef(DG.supervisingFunction))} == set(s.functions)
        broader = {str(o) for o in onto.objects(iri, SKOS.broader)}
        assert broader == ({sectors.sector_iri(s.broader)} if s.broader else set())
