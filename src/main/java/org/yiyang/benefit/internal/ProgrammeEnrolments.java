package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.region.DivisionScope;

/** A programme's enrolments as its page counts them, and what closing the programme does to them. */
@Component
class ProgrammeEnrolments {

    private final JdbcClient jdbc;

    ProgrammeEnrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enrolments by status, of elders within {@code scope} only. */
    Map<EnrolmentStatus, Long> countsByStatus(long programmeId, DivisionScope scope) {
        Map<EnrolmentStatus, Long> counts = new EnumMap<>(EnrolmentStatus.class);
        scope.bind(jdbc.sql("SELECT e.status, COUNT(*) AS n FROM benefit_enrolment e WHERE e.programme_id = :programme AND "
                        + scope.where("e.division_code") + " GROUP BY e.status"))
                .param("programme", programmeId)
                .query(rs -> {
                    counts.put(EnrolmentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** A closed programme enrols no one: its proposed and active enrolments end on {@code day}, in one statement. */
    int endOpen(long programmeId, LocalDate day) {
        return jdbc.sql("""
                        UPDATE benefit_enrolment SET status = 'ENDED', open_elder_id = NULL, end_reason = 'PROGRAMME_CLOSED',
                            end_date = CASE WHEN start_date > :day THEN start_date ELSE :day END
                        WHERE programme_id = :programme AND status IN ('PROPOSED', 'ACTIVE')""")
                .param("day", day).param("programme", programmeId)
                .update();
    }
}
