// name: tasks-cooperated-by
// zh: 某部门配合（参与、协助）的目标、任务和重点工程，附依据原文
// en: Units a department co-operates on, found by any of its names, with the evidence
// param department: 部门名称，如 省公安厅 / a department's name, e.g. 省公安厅
// param limit: int = 5000: 最多返回行数 / at most this many rows
MATCH (d)-[r:COOPERATES_ON]->(u)
WHERE d.id = $department OR d.name = $department OR $department IN d.aliases
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, u.plan_id AS plan_id, u.plan_title AS plan,
       d.name AS department, r.name AS named_as, r.evidence AS evidence
ORDER BY unit_id, department
LIMIT $limit
