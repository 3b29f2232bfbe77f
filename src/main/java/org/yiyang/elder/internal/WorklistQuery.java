package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.Worklist;
import org.yiyang.elder.WorklistEntry;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

/**
 * The assessor's work list (待评估) in one set-based query: active elders of the division who were never
 * assessed, whose latest completed assessment is due again, or with an open change-of-condition report.
 */
@Component
class WorklistQuery {

    /** Far future: "not due for this reason" when taking the earliest of the due dates. */
    private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    private static final String DUE = """
            WITH latest AS (
                SELECT x.elder_id, x.assessed_on, x.next_due FROM (
                    SELECT a.elder_id, a.assessed_on, a.next_due,
                           ROW_NUMBER() OVER (PARTITION BY a.elder_id ORDER BY a.assessed_on DESC, a.id DESC) AS rn
                    FROM elder_assessment a JOIN elder_person e ON e.id = a.elder_id
                    WHERE a.status = 'COMPLETED' AND e.division_code BETWEEN :scopeFrom AND :scopeTo) x
                WHERE x.rn = 1),
            changes AS (
                SELECT r.elder_id, MIN(r.reported_on) AS reported_on
                FROM elder_reassessment_request r JOIN elder_person e ON e.id = r.elder_id
                WHERE r.resolved_at IS NULL AND e.division_code BETWEEN :scopeFrom AND :scopeTo
                GROUP BY r.elder_id),
            due AS (
                SELECT p.id, p.name, p.division_code, p.capability_level, l.assessed_on AS last_on,
                       CASE WHEN l.elder_id IS NULL THEN CAST(p.created_at AS DATE) ELSE :never END AS first_due,
                       CASE WHEN l.next_due <= :today THEN l.next_due ELSE :never END AS routine_due,
                       COALESCE(c.reported_on, :never) AS change_due
                FROM elder_person p
                LEFT JOIN latest l ON l.elder_id = p.id
                LEFT JOIN changes c ON c.elder_id = p.id
                WHERE p.division_code BETWEEN :scopeFrom AND :scopeTo AND p.status = 'ACTIVE'
                  AND (l.elder_id IS NULL OR l.next_due <= :today OR c.elder_id IS NOT NULL))
            """;

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    WorklistQuery(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    Worklist page(DivisionScope scope, LocalDate today, int page, int size) {
        long total = scope.bind(jdbc.sql(DUE + "SELECT COUNT(*) FROM due"))
                .param("today", today).param("never", NEVER)
                .query(Long.class).single();
        List<WorklistEntry> rows = scope.bind(jdbc.sql(DUE + """
                        SELECT d.*, LEAST(d.first_due, d.routine_due, d.change_due) AS due_on,
                               (SELECT MAX(s.id) FROM elder_assessment s
                                WHERE s.elder_id = d.id AND s.status = 'DRAFT') AS draft_id
                        FROM due d ORDER BY due_on, d.id LIMIT :limit OFFSET :offset"""))
                .param("today", today).param("never", NEVER)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new WorklistEntry(rs.getLong("id"), rs.getString("name"),
                        rs.getString("division_code"), rs.getString("division_code"),
                        AssessmentQueries.level(rs.getString("capability_level")),
                        rs.getObject("last_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        !NEVER.equals(rs.getObject("first_due", LocalDate.class)),
                        !NEVER.equals(rs.getObject("routine_due", LocalDate.class)),
                        !NEVER.equals(rs.getObject("change_due", LocalDate.class)),
                        (Long) rs.getObject("draft_id", Long.class)))
                .list();
        return new Worklist(withDivisionNames(rows), page, size, total);
    }

    private List<WorklistEntry> withDivisionNames(List<WorklistEntry> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, String> names = divisions.names(rows.stream().map(WorklistEntry::divisionCode).distinct().toList());
        return rows.stream().map(r -> new WorklistEntry(r.elderId(), r.name(), r.divisionCode(),
                names.getOrDefault(r.divisionCode(), r.divisionCode()), r.capabilityLevel(), r.lastAssessedOn(),
                r.dueOn(), r.neverAssessed(), r.routineDue(), r.changeReported(), r.draftId())).toList();
    }
}
