package org.yiyang.care;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

/** Signals with unique source ids, and reads of the alarm tables, for the alarm tests. */
public final class AlarmScenario {

    public static final String BANNER = "152221000000";
    public static final Viewer BANNER_OPERATOR =
            new Viewer(3, "banner-operator", "演示话务员", Role.OPERATOR, DivisionCode.of(BANNER));
    public static final Viewer SECOND_OPERATOR =
            new Viewer(5, "banner-operator-2", "第二话务员", Role.OPERATOR, DivisionCode.of(BANNER));
    public static final Viewer HULUNBUIR_OPERATOR =
            new Viewer(4, "hulunbuir-operator", "呼伦贝尔话务员", Role.OPERATOR, DivisionCode.of("150700000000"));
    public static final Viewer BANNER_REGULATOR =
            new Viewer(6, "banner-regulator", "民政", Role.REGULATOR, DivisionCode.of(BANNER));

    private final JdbcClient jdbc;

    public AlarmScenario(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fall from a device, with a source id no other test uses. */
    public static AlarmSignal fall(long elderId) {
        return signal(AlarmKind.FALL, elderId);
    }

    public static AlarmSignal signal(AlarmKind kind, long elderId) {
        return new AlarmSignal(kind, elderId, 7L, "device:test", UUID.randomUUID().toString(), Instant.now(),
                43.6, 122.1, "test");
    }

    public long alarmsFor(AlarmSignal signal) {
        return jdbc.sql("SELECT COUNT(*) FROM care_alarm WHERE source = :s AND source_id = :id")
                .param("s", signal.source()).param("id", signal.sourceId()).query(Long.class).single();
    }

    public long steps(long alarmId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM care_alarm_step WHERE alarm_id = :a AND kind = :k")
                .param("a", alarmId).param("k", kind).query(Long.class).single();
    }

    public String status(long alarmId) {
        return jdbc.sql("SELECT status FROM care_alarm WHERE id = :id").param("id", alarmId).query(String.class).single();
    }

    /** Waits up to 10 s for the condition (asynchronous listeners). */
    public static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
    }
}
