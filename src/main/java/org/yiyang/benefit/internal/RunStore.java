package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.EligibilityRunPage;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.benefit.EligibilityRunSummary.ProgrammeCounts;
import org.yiyang.benefit.EligibilityTrigger;
import org.yiyang.region.DivisionScope;

/** benefit_run and benefit_run_result: each eligibility run and its counts per programme. */
@Repository
class RunStore {

    private static final String RUN_COLUMNS = "r.id, r.trigger_kind, r.as_of, r.elder_id, r.started_at, r.finished_at, r.requested_by";

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(EligibilityTrigger trigger, LocalDate asOf, Long elderId, String requestedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO benefit_run (trigger_kind, as_of, elder_id, started_at, requested_by)
                        VALUES (:trigger, :asOf, :elder, :at, :by)""")
                .param("trigger", trigger.name()).param("asOf", asOf).param("elder", elderId, java.sql.Types.BIGINT)
                .param("at", Timestamp.from(at)).param("by", requestedBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void result(long runId, long programmeId, long newlyEligible, long noLonger, long unchanged, long proposed) {
        jdbc.sql("""
                        INSERT INTO benefit_run_result (run_id, programme_id, newly_eligible, no_longer, unchanged, proposed)
                        VALUES (:run, :programme, :newly, :noLonger, :unchanged, :proposed)""")
                .param("run", runId).param("programme", programmeId).param("newly", newlyEligible)
                .param("noLonger", noLonger).param("unchanged", unchanged).param("proposed", proposed)
                .update();
    }

    void finish(long runId, Instant at) {
        jdbc.sql("UPDATE benefit_run SET finished_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", runId).update();
    }

    /** The run with the counts of every programme it evaluated. */
    Optional<EligibilityRunSummary> summary(long runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM benefit_run r WHERE r.id = :id").param("id", runId)
                .query(RunStore::run).optional()
                .map(run -> withCounts(List.of(run), null).get(0));
    }

    /** Runs over the registry, newest first; a viewer below the region sees runs with results for their programmes. */
    EligibilityRunPage page(DivisionScope scope, int page, int size) {
        boolean region = scope.root().level() == 1;
        String where = "r.elder_id IS NULL" + (region ? "" : " AND EXISTS (SELECT 1 FROM benefit_run_result x"
                + " JOIN benefit_programme p ON p.id = x.programme_id WHERE x.run_id = r.id AND "
                + scope.where("p.division_code") + ")");
        var list = jdbc.sql("SELECT " + RUN_COLUMNS + " FROM benefit_run r WHERE " + where
                + " ORDER BY r.id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY");
        var count = jdbc.sql("SELECT COUNT(*) FROM benefit_run r WHERE " + where);
        if (!region) {
            list = scope.bind(list);
            count = scope.bind(count);
        }
        List<EligibilityRunSummary> runs = list.param("offset", page * size).param("size", size)
                .query(RunStore::run).list();
        return new EligibilityRunPage(withCounts(runs, region ? null : scope), page, size,
                count.query(Long.class).single());
    }

    private List<EligibilityRunSummary> withCounts(List<EligibilityRunSummary> runs, DivisionScope scope) {
        if (runs.isEmpty()) {
            return runs;
        }
        var statement = jdbc.sql("""
                        SELECT x.run_id, x.programme_id, p.name, x.newly_eligible, x.no_longer, x.unchanged, x.proposed
                        FROM benefit_run_result x JOIN benefit_programme p ON p.id = x.programme_id
                        WHERE x.run_id IN (:runs) %s ORDER BY x.run_id, x.programme_id"""
                        .formatted(scope == null ? "" : "AND " + scope.where("p.division_code")))
                .param("runs", runs.stream().map(EligibilityRunSummary::runId).toList());
        Map<Long, List<ProgrammeCounts>> counts = new LinkedHashMap<>();
        (scope == null ? statement : scope.bind(statement)).query((ResultSet rs) -> {
            counts.computeIfAbsent(rs.getLong("run_id"), id -> new ArrayList<>()).add(new ProgrammeCounts(
                    rs.getLong("programme_id"), rs.getString("name"), rs.getLong("newly_eligible"),
                    rs.getLong("no_longer"), rs.getLong("unchanged"), rs.getLong("proposed")));
        });
        return runs.stream().map(r -> new EligibilityRunSummary(r.runId(), r.trigger(), r.asOf(), r.elderId(),
                r.startedAt(), r.finishedAt(), r.requestedBy(), counts.getOrDefault(r.runId(), List.of()))).toList();
    }

    private static EligibilityRunSummary run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new EligibilityRunSummary(rs.getLong("id"), EligibilityTrigger.valueOf(rs.getString("trigger_kind")),
                rs.getObject("as_of", LocalDate.class), rs.getObject("elder_id", Long.class),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("requested_by"), List.of());
    }
}
