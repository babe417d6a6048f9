// name: cooperation-pairs
// zh: 共同承担任务的部门对（牵头或配合），及共同任务数
// en: Pairs of departments sharing units (leading or co-operating), with how many
// param min_shared: int = 1: 最少共同任务数 / fewest shared units
MATCH (a)-[s:SHARES_UNITS]->(b)
WITH a, b, sum(s.shared) AS shared
WHERE shared >= $min_shared
RETURN a.name AS department_a, b.name AS department_b, shared
ORDER BY shared DESC, department_a, department_b
