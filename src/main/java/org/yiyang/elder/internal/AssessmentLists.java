package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.AssessmentPage;
import org.yiyang.elder.AssessmentReason;
import org.yiyang.elder.AssessmentStatus;
import org.yiyang.elder.AssessmentSummary;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

/** The elder's assessment timeline and the division's list of assessments, paginated and scoped in SQL. */
@Component
class AssessmentLists {

    private static final String COLUMNS = "a.id, a.elder_id, p.name, a.division_code, a.status, a.reason, "
            + "a.assessed_on, a.standard_code, a.standard_version, a.total, a.final_level, a.assessor_1, "
            + "a.assessor_2, a.next_due, a.void_reason, a.updated_at";

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    AssessmentLists(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    /** Newest first; a draft without a date before everything dated. */
    List<AssessmentSummary> timeline(long elderId) {
        long current = latestCompleted(elderId).orElse(-1L);
        List<AssessmentSummary> rows = jdbc.sql("SELECT " + COLUMNS + " FROM elder_assessment a "
                        + "JOIN elder_person p ON p.id = a.elder_id WHERE a.elder_id = :id "
                        + "ORDER BY a.assessed_on DESC NULLS FIRST, a.id DESC")
                .param("id", elderId)
                .query((rs, n) -> summary(rs, rs.getLong(1) == current))
                .list();
        return withDivisionNames(rows);
    }

    AssessmentPage list(DivisionScope scope, AssessmentStatus status, int page, int size) {
        String where = "a.status = :status AND " + scope.where("p.division_code");
        long total = scope.bind(jdbc.sql("SELECT COUNT(*) FROM elder_assessment a JOIN elder_person p "
                        + "ON p.id = a.elder_id WHERE " + where))
                .param("status", status.name()).query(Long.class).single();
        List<AssessmentSummary> rows = scope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM elder_assessment a "
                        + "JOIN elder_person p ON p.id = a.elder_id WHERE " + where
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset"))
                .param("status", status.name()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs, false))
                .list();
        return new AssessmentPage(withDivisionNames(rows), page, size, total);
    }

    /** The latest completed assessment (by date, then id): the one that sets the elder's level. */
    Optional<Long> latestCompleted(long elderId) {
        return jdbc.sql("SELECT id FROM elder_assessment WHERE elder_id = :id AND status = 'COMPLETED' "
                        + "ORDER BY assessed_on DESC, id DESC LIMIT 1")
                .param("id", elderId).query(Long.class).optional();
    }

    private List<AssessmentSummary> withDivisionNames(List<AssessmentSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, String> names = divisions.names(rows.stream().map(AssessmentSummary::divisionName).distinct()
                .toList());
        return rows.stream().map(r -> new AssessmentSummary(r.id(), r.elderId(), r.elderName(),
                names.getOrDefault(r.divisionName(), r.divisionName()), r.status(), r.reason(), r.assessedOn(),
                r.standardCode(), r.standardVersion(), r.total(), r.finalLevel(), r.assessor1(), r.assessor2(),
                r.nextDue(), r.voidReason(), r.updatedAt(), r.current())).toList();
    }

    /** The division column holds the code until {@link #withDivisionNames} puts the name in. */
    private static AssessmentSummary summary(ResultSet rs, boolean current) throws SQLException {
        return new AssessmentSummary(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("name"),
                rs.getString("division_code"), AssessmentStatus.valueOf(rs.getString("status")),
                AssessmentReason.valueOf(rs.getString("reason")), rs.getObject("assessed_on", LocalDate.class),
                rs.getString("standard_code"), rs.getString("standard_version"),
                (Integer) rs.getObject("total", Integer.class), AssessmentQueries.level(rs.getString("final_level")),
                rs.getString("assessor_1"), rs.getString("assessor_2"), rs.getObject("next_due", LocalDate.class),
                rs.getString("void_reason"), AssessmentQueries.instant(rs, "updated_at"), current);
    }
}
