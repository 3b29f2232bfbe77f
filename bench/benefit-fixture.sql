-- Facts the synthetic import does not carry, set on the benchmark copy of the registry the way assessments and
-- the civil-affairs records would set them (deterministic by id, so every run measures the same registry):
-- 60 % of elders assessed (55 % intact, 20 % mild, 12 % moderate, 8 % severe, 5 % total of those assessed),
-- 1 % extreme poverty and 4 % low income on top of the importer's 12.5 % minimum living allowance, 0.2 % deceased.
-- Benchmark setup only: the application itself never writes elder_person from outside the elder module.
UPDATE elder_person SET capability_level = CASE
        WHEN MOD(id * 7919, 100) < 55 THEN 'INTACT'
        WHEN MOD(id * 7919, 100) < 75 THEN 'MILD'
        WHEN MOD(id * 7919, 100) < 87 THEN 'MODERATE'
        WHEN MOD(id * 7919, 100) < 95 THEN 'SEVERE'
        ELSE 'TOTAL' END
WHERE MOD(id * 104729, 10) < 6;
INSERT INTO elder_category (elder_id, category)
SELECT id, 'EXTREME_POVERTY' FROM elder_person p WHERE MOD(id, 97) = 0
  AND NOT EXISTS (SELECT 1 FROM elder_category c WHERE c.elder_id = p.id AND c.category = 'EXTREME_POVERTY');
INSERT INTO elder_category (elder_id, category)
SELECT id, 'LOW_INCOME' FROM elder_person p WHERE MOD(id, 23) = 0
  AND NOT EXISTS (SELECT 1 FROM elder_category c WHERE c.elder_id = p.id AND c.category = 'LOW_INCOME');
UPDATE elder_person SET status = 'DECEASED', status_date = DATE '2026-06-30', status_reason = 'synthetic'
WHERE MOD(id, 500) = 0;
VACUUM ANALYZE elder_person;
VACUUM ANALYZE elder_category;
