package org.yiyang.care.internal.device;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.Alarms;

/**
 * The periodic checks of silent devices, set-based: one query finds the online devices without a heartbeat for
 * {@code offline-after} and the activity sensors without movement for {@code inactivity-after}; each is flipped by a
 * guarded update (so two nodes or two runs signal once) and raised as an OFFLINE or INACTIVITY alarm in the same
 * transaction. The signal's source id carries the last-seen or last-movement time: one alarm per silent period.
 * The scheduled check runs only once the platform has been listening for the whole offline period: after a restart
 * or a lost broker connection the heartbeats the broker kept meanwhile are still arriving, and a device that the
 * platform could not hear is not a silent device.
 */
@Component
public class DeviceWatchdog {

    private static final String ACTIVITY_KINDS = Arrays.stream(DeviceKind.values()).filter(DeviceKind::sensesActivity)
            .map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final DeviceSettings settings;
    private final Alarms alarms;
    private final DeviceSubscriber subscriber;
    private final Clock clock;

    DeviceWatchdog(JdbcClient jdbc, DeviceSettings settings, Alarms alarms, DeviceSubscriber subscriber, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.alarms = alarms;
        this.subscriber = subscriber;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${yiyang.care.device.check-every:PT30S}",
            initialDelayString = "${yiyang.care.device.check-every:PT30S}")
    public void checkOnSchedule() {
        if (listeningLongEnough()) {
            check();
        }
    }

    boolean listeningLongEnough() {
        return subscriber.listeningFor().compareTo(settings.offlineAfter()) >= 0;
    }

    /** Runs both checks now; returns how many alarms it raised. */
    @Transactional
    public int check() {
        Instant now = clock.instant();
        return offline(now, now.minus(settings.offlineAfter())) + inactive(now, now.minus(settings.inactivityAfter()));
    }

    private int offline(Instant now, Instant cutoff) {
        return signalEach(AlarmKind.OFFLINE, "offline-", "offline", now, cutoff, """
                        SELECT id, code, elder_id, last_seen_at AS since FROM care_device
                        WHERE online = TRUE AND last_seen_at < :cutoff AND retired_at IS NULL ORDER BY id""",
                "UPDATE care_device SET online = FALSE WHERE id = :id AND online = TRUE AND last_seen_at < :cutoff");
    }

    private int inactive(Instant now, Instant cutoff) {
        return signalEach(AlarmKind.INACTIVITY, "inactivity-", "no-movement", now, cutoff, """
                        SELECT id, code, elder_id, last_activity_at AS since FROM care_device
                        WHERE kind IN (""" + ACTIVITY_KINDS + """
                        ) AND last_activity_at < :cutoff
                          AND inactivity_signalled = FALSE AND online = TRUE AND retired_at IS NULL ORDER BY id""", """
                        UPDATE care_device SET inactivity_signalled = TRUE
                        WHERE id = :id AND inactivity_signalled = FALSE AND last_activity_at < :cutoff""");
    }

    /**
     * The devices {@code silentSql} finds, each marked by {@code markSql} (guarded, so that of two nodes or two runs
     * only one marks it) and signalled by the one that did.
     */
    private int signalEach(AlarmKind kind, String idPrefix, String detail, Instant now, Instant cutoff,
                           String silentSql, String markSql) {
        List<Silent> silent = jdbc.sql(silentSql).param("cutoff", DeviceStore.utc(cutoff)).query(Silent.class).list();
        int signalled = 0;
        for (Silent device : silent) {
            if (jdbc.sql(markSql).param("id", device.id()).param("cutoff", DeviceStore.utc(cutoff)).update() == 1) {
                DeviceIngestion.raise(alarms, device.signal(kind, idPrefix, detail, now));
                signalled++;
            }
        }
        return signalled;
    }

    record Silent(long id, String code, long elderId, OffsetDateTime since) {

        AlarmSignal signal(AlarmKind kind, String idPrefix, String detail, Instant now) {
            return new AlarmSignal(kind, elderId, id, code, idPrefix + since.toInstant().toEpochMilli(), now, null, null,
                    detail);
        }
    }
}
