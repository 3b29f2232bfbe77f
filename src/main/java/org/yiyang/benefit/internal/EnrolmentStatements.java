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
                UPDATE benefit_enrolment e SET status = 'ENDED', open_elder_id = NULL,
                    end_reason = COALESCE((SELECT CASE WHEN f.status IN ('DECEASED', 'MOVED_OUT') THEN f.status
                                                       WHEN f.division_code NOT BETWEEN :divisionFrom AND :divisionTo THEN 'MOVED_OUT'
                                                  END
                                           FROM elder_benefit_fact f WHERE f.elder_id = e.elder_id), 'NOT_ELIGIBLE'),
                    end_date = COALESCE((SELECT CASE WHEN f.status IN ('DECEASED', 'MOVED_OUT') THEN f.status_date END
                                         FROM elder_benefit_fact f WHERE f.elder_id = e.elder_id), :asOf)
                WHERE e.programme_id = :programme AND e.open_elder_id %s
                  AND NOT EXISTS (SELECT 1 FROM elder_benefit_fact f WHERE f.elder_id = e.elder_id AND %s)"""
                .formatted(elder == null ? "IS NOT NULL" : "= :elder", eligible.sql());
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
     * <p>The registry is the outer side of both anti-joins, so rows are inserted in the registry's order and the
     * indexes on elder and on open enrolment grow at their ends rather than at random places. Over the whole
     * registry the anti-joins are hash joins that read the programme's enrolments once ({@link PostgresPlanner});
     * for one elder they probe the open-enrolment index.
     */
    long enrolNewlyEligible(ProgrammeRule pr, long runId, LocalDate asOf, Instant now, Long elder) {
        SqlFragment eligible = eligible(pr, asOf);
        String sql = """
                INSERT INTO benefit_enrolment (programme_id, elder_id, open_elder_id, division_code, status, start_date,
                    rule_id, run_id, created_at)
                SELECT :programme, f.elder_id, f.elder_id, f.division_code, :status, :asOf, :rule, :run, :now
                FROM elder_benefit_fact f
                WHERE %s%s
                  AND NOT EXISTS (SELECT 1 FROM benefit_enrolment o
                                  WHERE o.programme_id = :programme AND o.open_elder_id = f.elder_id)
                  AND NOT EXISTS (SELECT 1 FROM benefit_enrolment d WHERE d.programme_id = :programme
                                  AND d.elder_id = f.elder_id AND d.status = 'DECLINED' AND d.rule_id = :rule)"""
                .formatted(eligible.sql(), elder == null ? "" : " AND f.elder_id = :elder");
        EnrolmentStatus status = pr.programme().enrolmentMode() == EnrolmentMode.PROPOSED
                ? EnrolmentStatus.PROPOSED : EnrolmentStatus.ACTIVE;
        var statement = eligible.bind(jdbc.sql(sql))
                .param("programme", pr.programme().id()).param("status", status.name()).param("asOf", asOf)
                .param("rule", pr.rule().id()).param("run", runId).param("now", Timestamp.from(now));
        return (elder == null ? statement : statement.param("elder", elder)).update();
    }

    long lastEnrolmentId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM benefit_enrolment").query(Long.class).single();
    }

    long countOpen(long programmeId, Long elder) {
        var statement = jdbc.sql("SELECT COUNT(*) FROM benefit_enrolment WHERE programme_id = :programme AND open_elder_id "
                        + (elder == null ? "IS NOT NULL" : "= :elder"))
                .param("programme", programmeId);
        return (elder == null ? statement : statement.param("elder", elder)).query(Long.class).single();
    }

    private static SqlFragment eligible(ProgrammeRule pr, LocalDate asOf) {
        return RuleSql.eligible(pr.rule().conditions(), pr.programme().division(), "f", "p", asOf);
    }
}
