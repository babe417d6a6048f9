// name: units-with-several-leads
// zh: 有两个及以上牵头部门的目标、任务和重点工程
// en: Units with two or more leading departments
// param min_leads: int = 2: 最少牵头部门数 / fewest leading departments
MATCH (u)<-[:LEADS]-(d)
WITH u, count(DISTINCT d.id) AS leads
WHERE leads >= $min_leads
MATCH (p:Plan)-[:HAS_UNIT]->(u)
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, p.id AS plan_id, p.title AS plan, leads
ORDER BY unit_id
