package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.benefit.EnrolmentView;
import org.yiyang.benefit.ProgrammeKind;

/** An elder's enrolments, newest first (an elder holds a handful; the list is capped all the same). */
@Component
class EnrolmentReader {

    static final int MAX = 200;

    private final JdbcClient jdbc;

    EnrolmentReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EnrolmentView> ofElder(long elderId) {
        return jdbc.sql("""
                        SELECT e.id, e.programme_id, p.name, p.kind, e.elder_id, e.status, e.start_date, e.end_date,
                               e.end_reason, e.decision_note
                        FROM benefit_enrolment e JOIN benefit_programme p ON p.id = e.programme_id
                        WHERE e.elder_id = :elder ORDER BY e.id DESC OFFSET 0 ROWS FETCH NEXT :max ROWS ONLY""")
                .param("elder", elderId).param("max", MAX)
                .query((rs, n) -> new EnrolmentView(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("name"),
                        ProgrammeKind.valueOf(rs.getString("kind")), rs.getLong("elder_id"),
                        EnrolmentStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getString("end_reason"),
                        rs.getString("decision_note")))
                .list();
    }
}
