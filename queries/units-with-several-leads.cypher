// name: units-with-several-leads
// zh: 有两个及以上牵头部门的目标、任务和重点工程
// en: Units with two or more leading departments
// param min_leads: int = 2: 最少牵头部门数 / fewest leading departments
MATCH (u)
WHERE u.n_leads >= $min_leads
RETURN u.id AS unit_id, u.kind AS kind, u.text AS text, u.plan_id AS plan_id, u.plan_title AS plan,
       u.n_leads AS leads
ORDER BY unit_id
