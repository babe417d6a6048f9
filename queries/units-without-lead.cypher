// name: units-without-lead
// zh: 没有牵头部门的目标、任务和重点工程（责任落空）
// en: Units no department leads
MATCH (p:Plan)-[:HAS_UNIT]->(u)
WHERE NOT EXISTS { MATCH (u)<-[:LEADS]-() }
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, p.id AS plan_id, p.title AS plan
ORDER BY unit_id
