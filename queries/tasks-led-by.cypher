// name: tasks-led-by
// zh: 某部门牵头的目标、任务和重点工程（按部门的任一名称、简称或规范名查找），附依据原文
// en: Units a department leads, found by any of its names, aliases or canonical name, with the evidence
// param department: 部门名称，如 省应急厅 / a department's name, e.g. 省应急厅
// param limit: int = 5000: 最多返回行数 / at most this many rows
MATCH (d)-[r:LEADS]->(u)
WHERE d.id = $department OR d.name = $department OR $department IN d.aliases
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, u.plan_id AS plan_id, u.plan_title AS plan,
       d.name AS department, r.name AS named_as, r.evidence AS evidence
ORDER BY unit_id, department
LIMIT $limit
