// name: department-profile
// zh: 某部门的职责概况：按规划（方案）、行业领域和角色（牵头/配合）统计的任务数
// en: A department's profile: number of units by plan, sector and role (lead/coop)
// param department: 部门名称，如 省应急厅 / a department's name, e.g. 省应急厅
MATCH (d)-[r:LEADS|COOPERATES_ON]->(u)
WHERE d.id = $department OR d.name = $department OR $department IN d.aliases
OPTIONAL MATCH (u)-[:IN_SECTOR]->(s:Sector)
RETURN d.name AS department, u.plan_id AS plan_id, u.plan_title AS plan, coalesce(s.id, '') AS sector,
       r.role AS role, count(DISTINCT u.id) AS units
ORDER BY department, plan_id, sector, role
