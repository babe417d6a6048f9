// name: units-without-lead
// zh: 没有牵头部门的目标、任务和重点工程（责任落空）
// en: Units no department leads
MATCH (u)
WHERE u.n_leads = 0
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, u.plan_id AS plan_id, u.plan_title AS plan
ORDER BY unit_id
