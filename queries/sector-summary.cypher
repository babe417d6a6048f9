// name: sector-summary
// zh: 各行业领域的目标、任务和重点工程数，其中没有牵头部门的数目，及牵头关系数
// en: Per sector: how many units, how many of them no department leads, and how many leads
MATCH (u)-[:IN_SECTOR]->(s:Sector)
RETURN s.id AS sector, s.name AS name, count(u) AS units,
       count(CASE WHEN u.n_leads = 0 THEN u.id END) AS units_without_lead, sum(u.n_leads) AS leads
ORDER BY sector
