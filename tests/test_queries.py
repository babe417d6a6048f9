"""The named-query library: headers, parameters, and the portable subset."""
from __future__ import annotations

import re

import pytest

from graph.errors import QueryError
from graph.store import check_read_only
from queries import all_queries, get_query, parse_query

REQUIRED = {"tasks-led-by", "tasks-cooperated-by", "department-profile", "units-without-lead",
            "units-with-several-leads", "cooperation-pairs"}


def test_the_library_has_the_required_queries():
    assert REQUIRED <= {q.name for q in all_queries()}


@pytest.mark.parametrize("q", all_queries(), ids=lambda q: q.name)
def test_every_query_is_documented_parameterised_and_portable(q):
    assert q.zh and re.search(r"[\u4e00-\u9fff]", q.zh), "a Chinese description"
    assert q.en and q.en.isascii(), "an English description"
    used = set(re.findall(r"\$(\w+)", q.text))
    assert used == {p.name for p in q.params}, "every parameter declared, every declared one used"
    check_read_only(q.text)
    for construct in (r"\btype\(", r"\blabel\(", r"\bid\(", r"COUNT\s*\{\s*\(", r"\[\s*\("):
        assert not re.search(construct, q.text, re.I), f"{construct} is not in the portable subset"
    assert not re.search(r"'[^']+'|\"[^\"]+\"", q.text), "values are parameters, not literals"


def test_parameters_are_converted_and_checked():
    q = get_query("cooperation-pairs")
    assert q.bind({}) == {"min_shared": 1}
    assert q.bind({"min_shared": "3"}) == {"min_shared": 3}
    with pytest.raises(QueryError, match="whole number"):
        q.bind({"min_shared": "many"})


def test_a_header_must_name_its_file():
    with pytest.raises(QueryError, match="names"):
        parse_query("a", "// name: b\nMATCH (n) RETURN n")


@pytest.mark.parametrize("text", [
    "MATCH (n) RETURN n.name AS name",
    "MATCH (d)-[r:LEADS]->(u) WHERE d.name = 'SET' RETURN u.id  // DELETE in a comment",
    "MATCH (n) WHERE n.title CONTAINS \"MERGE\" RETURN n",
    "MATCH (n) RETURN n.`create` AS x",
    "CALL db.labels()",
    "MATCH (n) RETURN count(n) AS c;",
])
def test_reading_queries_pass(text):
    check_read_only(text)


@pytest.mark.parametrize("text", [
    "create (n)", "Merge (n)", "MATCH (n) SET n.a = 1", "MATCH (n) DETACH DELETE n", "MATCH (n) REMOVE n:Plan",
    "DROP TABLE Task", "LOAD CSV FROM 'x' AS r RETURN r", "LOAD FROM 'x.csv' RETURN *", "COPY Task FROM 'x'",
    "CALL apoc.create.node(['A'], {})", "CALL dbms.killQueries([])", "CALL { MATCH (n) DELETE n }",
    "ＭＥＲＧＥ (n)", "ｄｅｌｅｔｅ n", "/* x */ SET n.a = 1", "RETURN 1 // x\nCREATE (n)",
    "CREA\u200dTE (n)", "MATCH (n) RETURN n; DROP TABLE Plan", "BEGIN TRANSACTION", "INSTALL json",
    "ATTACH 'x.db' AS y", "MATCH (n) RETURN 'it''s' AS s, n UNION MATCH (m) DELETE m",
])
def test_writes_are_refused_in_every_spelling(text):
    with pytest.raises(QueryError, match="refused"):
        check_read_only(text)
