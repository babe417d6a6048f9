// name: tasks-led-by
// zh: 某部门牵头的目标、任务和重点工程（按部门的任一名称、简称或规范名查找），附依据原文
// en: Units a department leads, found by any of its names, aliases or canonical name, with the evidence
// param department: 部门名称，如 省应急厅 / a department's name, e.g. 省应急厅
// param limit: int = 5000: 最多返回行数 / at most this many rows
// The page is chosen from the relationships alone (the unit's id is on them too), and the
// units' texts are then read for its rows only, each found by primary key under its label
MATCH (d)-[r:LEADS]->()
WHERE d.id = $department OR d.name = $department OR $department IN d.aliases
WITH r.unit_id AS unit_id, d.name AS department, r.name AS named_as, r.evidence AS evidence
ORDER BY unit_id, department
LIMIT $limit
OPTIONAL MATCH (t:Task {id: unit_id})
OPTIONAL MATCH (k:KeyProject {id: unit_id})
OPTIONAL MATCH (g:Target {id: unit_id})
RETURN unit_id, coalesce(t.kind, k.kind, g.kind) AS kind, coalesce(t.text, k.text, g.text) AS text,
       coalesce(t.plan_id, k.plan_id, g.plan_id) AS plan_id,
       coalesce(t.plan_title, k.plan_title, g.plan_title) AS plan,
       department, named_as, evidence
ORDER BY unit_id, department
