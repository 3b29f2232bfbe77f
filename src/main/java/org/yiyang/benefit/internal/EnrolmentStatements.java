package org.yiyang.benefit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.EnrolmentStatus;

/**
 * The set-based statements of an eligibility run (免申即享), one per step and programme, over the elder module's
 * view: end the open enrolments of elders no longer eligible, enrol (or propose) the newly eligible, count the
 * open ones. With {@code elder} set, the same statements restricted to that elder (a run after an event).

 */
@Component
class EnrolmentStatements {

    private static final String OPEN = "('PROPOSED', 'ACTIVE')";

    private final JdbcClient jdbc;

    EnrolmentStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends open enrolments whose elder the rule no longer finds eligible: DECEASED or MOVED_OUT of the registry on
     * the date recorded there, MOVED_OUT on {@code asOf} when the elder now lives outside the programme's division,
     * else NOT_ELIGIBLE on {@code asOf}.
     */
    long endNoLongerEligible(ProgrammeRule pr, LocalDate asOf, Long elder) {
        SqlFragment eligible = eligible(pr, asOf);
        String sql = """
                UPDATE benefit_enrolment e SET status = 'ENDED', open_key = NULL,
                    end_reason = COALESCE((SELECT CASE WHEN f.status IN ('DECEASED', 'MOVED_OUT') THEN f.status
                                                       WHEN f.division_code NOT BETWEEN :divisionFrom AND :divisionTo THEN 'MOVED_OUT'
                                                  END
                                           FROM elder_benefit_fact f WHERE f.elder_id = e.elder_id), 'NOT_ELIGIBLE'),
                    end_date = COALESCE((SELECT CASE WHEN f.status IN ('DECEASED', 'MOVED_OUT') THEN f.status_date END
                                         FROM elder_benefit_fact f WHERE f.elder_id = e.elder_id), :asOf)
                WHERE e.programme_id = :programme AND e.status IN %s %s
                  AND NOT EXISTS (SELECT 1 FROM elder_benefit_fact f WHERE f.elder_id = e.elder_id AND %s)"""
                .formatted(OPEN, elder == null ? "" : "AND e.elder_id = :elder", eligible.sql());
        var statement = eligible.bind(jdbc.sql(sql))
                .param("divisionFrom", pr.programme().division().subtreeFrom())
                .param("divisionTo", pr.programme().division().subtreeTo())
                .param("asOf", asOf).param("programme", pr.programme().id());
        return (elder == null ? statement : statement.param("elder", elder)).update();
    }

    /**
     * Enrols, or proposes when the programme enrols by approval, every eligible elder without an open enrolment
     * in it; an elder whose proposal was declined under this rule version is not proposed again.
     *
     * <p>The newly eligible are a set difference (EXCEPT) rather than an anti-join: the database reads the
     * registry and the programme's enrolments once, completely, before it inserts the first row. An anti-join
     * that the planner chose to rescan per elder (as it may on a registry without statistics) would rescan the
     * rows this very statement inserts, a cost growing with the square of the newly eligible.
     */
    long enrolNewlyEligible(ProgrammeRule pr, long runId, LocalDate asOf, Instant now, Long elder) {
        SqlFragment eligible = eligible(pr, asOf);
        String oneElder = elder == null ? "" : " AND f.elder_id = :elder";
        String sql = """
                INSERT INTO benefit_enrolment (programme_id, elder_id, division_code, status, open_key, start_date,
                    rule_id, run_id, created_at)
                SELECT :programme, n.elder_id,
                       (SELECT g.division_code FROM elder_benefit_fact g WHERE g.elder_id = n.elder_id), :status,
                       CONCAT(:keyPrefix, CAST(n.elder_id AS VARCHAR(20))), :asOf, :rule, :run, :now
                FROM (SELECT f.elder_id FROM elder_benefit_fact f WHERE %s%s
                      EXCEPT
                      SELECT o.elder_id FROM benefit_enrolment o WHERE o.programme_id = :programme%s
                      AND (o.status IN %s OR (o.status = 'DECLINED' AND o.rule_id = :rule))) n"""
                .formatted(eligible.sql(), oneElder, elder == null ? "" : " AND o.elder_id = :elder", OPEN);
        EnrolmentStatus status = pr.programme().enrolmentMode() == EnrolmentMode.PROPOSED
                ? EnrolmentStatus.PROPOSED : EnrolmentStatus.ACTIVE;
        var statement = eligible.bind(jdbc.sql(sql))
                .param("programme", pr.programme().id()).param("status", status.name())
                .param("keyPrefix", pr.programme().id() + ":").param("asOf", asOf)
                .param("rule", pr.rule().id()).param("run", runId).param("now", Timestamp.from(now));
        return (elder == null ? statement : statement.param("elder", elder)).update();
    }

    long countOpen(long programmeId, Long elder) {
        var statement = jdbc.sql("SELECT COUNT(*) FROM benefit_enrolment WHERE programme_id = :programme AND status IN "
                        + OPEN + (elder == null ? "" : " AND elder_id = :elder"))
                .param("programme", programmeId);
        return (elder == null ? statement : statement.param("elder", elder)).query(Long.class).single();
    }

    private static SqlFragment eligible(ProgrammeRule pr, LocalDate asOf) {
        return RuleSql.eligible(pr.rule().conditions(), pr.programme().division(), "f", "p", asOf);
    }
}
