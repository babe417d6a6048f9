// name: cooperation-pairs
// zh: 共同承担任务的部门对（牵头或配合），及共同任务数
// en: Pairs of departments sharing units (leading or co-operating), with how many
// param min_shared: int = 1: 最少共同任务数 / fewest shared units
MATCH (d)-[:LEADS|COOPERATES_ON]->(u)
WITH u, collect(DISTINCT d.id) AS ds
WHERE size(ds) > 1
UNWIND ds AS a
UNWIND ds AS b
WITH a, b
WHERE a < b
WITH a, b, count(*) AS shared
WHERE shared >= $min_shared
OPTIONAL MATCH (da:Department) WHERE da.id = a
OPTIONAL MATCH (ga:DepartmentGroup) WHERE ga.id = a
OPTIONAL MATCH (db:Department) WHERE db.id = b
OPTIONAL MATCH (gb:DepartmentGroup) WHERE gb.id = b
RETURN coalesce(da.name, ga.name) AS department_a, coalesce(db.name, gb.name) AS department_b, shared
ORDER BY shared DESC, department_a, department_b
