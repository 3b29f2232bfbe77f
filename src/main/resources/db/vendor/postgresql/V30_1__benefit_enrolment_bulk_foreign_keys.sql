-- An eligibility run inserts an elder's enrolment for every elder a programme newly finds, millions of rows in one
-- statement over the whole registry; PostgreSQL checks a foreign key with a trigger per row, and the two on
-- benefit_enrolment (programme, rule) took a third of the time of that statement (1,047,332 rows: 30.1 s with them,
-- 20.3 s without, on the development machine). The rows come only from the run's own statements, which take the
-- programme and rule ids from the rows they have just read; programmes and rules are never deleted (a programme is
-- closed, a rule version ended). H2, the embedded development database, keeps both keys.
ALTER TABLE benefit_enrolment DROP CONSTRAINT benefit_enrolment_programme_id_fkey;
ALTER TABLE benefit_enrolment DROP CONSTRAINT benefit_enrolment_rule_id_fkey;
