-- Fewer and narrower indexes on benefit_enrolment, which an eligibility run over the whole registry fills with
-- millions of rows at once (issue 5's benchmark: 3.7 million in one run), each row paying for every index:
-- - the open enrolment of an elder in a programme is unique on (programme_id, open_elder_id), a number set while
--   the enrolment is PROPOSED or ACTIVE and NULL after (NULLs never collide), instead of a text key;
-- - one index by programme, division and status serves the programme's lists, counts, proposals and allowance
--   generation (all of them filter by programme first), in place of two;
-- - the run index goes: a run's notices page by primary key from the last id before the run.
ALTER TABLE benefit_enrolment ADD COLUMN open_elder_id BIGINT;
UPDATE benefit_enrolment SET open_elder_id = elder_id WHERE status IN ('PROPOSED', 'ACTIVE');
CREATE UNIQUE INDEX benefit_enrolment_open ON benefit_enrolment (programme_id, open_elder_id);
ALTER TABLE benefit_enrolment DROP COLUMN open_key;
DROP INDEX benefit_enrolment_run;
DROP INDEX benefit_enrolment_programme;
DROP INDEX benefit_enrolment_division;
CREATE INDEX benefit_enrolment_programme ON benefit_enrolment (programme_id, division_code, status);
