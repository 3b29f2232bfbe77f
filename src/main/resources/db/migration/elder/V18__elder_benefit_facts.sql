-- The elder module's published read model for set-based eligibility (免申即享): the facts a benefit rule may
-- test, one row per elder, and the special categories. Other modules read these views, never elder_person
-- itself; the views are part of the elder module's API like its Java types (see docs/architecture.md).
CREATE VIEW elder_benefit_fact AS
SELECT id                      AS elder_id,
       name,
       birth_date,
       sex,
       division_code,
       household_division_code,
       living_situation,
       empty_nest,
       left_behind,
       disability_grade,
       status,
       status_date,
       capability_level
FROM elder_person;

CREATE VIEW elder_benefit_category AS
SELECT elder_id, category FROM elder_category;
