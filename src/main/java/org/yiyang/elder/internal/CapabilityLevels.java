package org.yiyang.elder.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.CapabilityLevelChanged;

/**
 * Keeps {@code elder_person.capability_level} equal to the final level of the elder's latest completed
 * assessment (by date, then id) and announces a change. Called inside the completing (or voiding)
 * transaction, so the event is stored in the publication registry together with the new level.
 */
@Component
class CapabilityLevels {

    private static final String LATEST = "FROM elder_assessment a WHERE a.elder_id = :id AND a.status = 'COMPLETED' "
            + "ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1";

    private final JdbcClient jdbc;
    private final ElderWriter writer;
    private final ApplicationEventPublisher events;

    CapabilityLevels(JdbcClient jdbc, ElderWriter writer, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.events = events;
    }

    /** Sets the elder's level from their assessments; publishes {@link CapabilityLevelChanged} when it changed. */
    void refresh(long elderId, String by, Instant now) {
        String before = jdbc.sql("SELECT capability_level FROM elder_person WHERE id = :id FOR UPDATE")
                .param("id", elderId).query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE elder_person SET capability_level = (SELECT a.final_level " + LATEST + ") WHERE id = :id")
                .param("id", elderId).update();
        var latest = jdbc.sql("SELECT a.final_level, a.standard_code, a.assessed_on " + LATEST)
                .param("id", elderId)
                .query((rs, n) -> new Latest(CapabilityLevel.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class)))
                .optional();
        String after = latest.map(l -> l.level().name()).orElse(null);
        if (Objects.equals(before, after)) {
            return;
        }
        writer.recordChanges(elderId, Map.of("level", new String[] {before, after}), by, now);
        latest.ifPresent(l -> events.publishEvent(new CapabilityLevelChanged(elderId,
                AssessmentQueries.level(before), l.level(), l.standardCode(), l.assessedOn())));
    }

    private record Latest(CapabilityLevel level, String standardCode, LocalDate assessedOn) {
    }
}
