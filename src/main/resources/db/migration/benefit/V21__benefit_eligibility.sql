-- Proactive eligibility (免申即享): how many of a run's new enrolments wait for approval, why a proposal was
-- declined, and the index that lets the notices of a run page through its new enrolments.
ALTER TABLE benefit_run_result ADD COLUMN proposed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE benefit_enrolment ADD COLUMN decision_note VARCHAR(200);
CREATE INDEX benefit_enrolment_run ON benefit_enrolment (run_id, id);
CREATE INDEX benefit_run_started ON benefit_run (elder_id, id);
