package org.yiyang.care.internal.device;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state changes of device ingestion, each one guarded in SQL so that a message delivered twice or late changes
 * nothing: a newer time never gives way to an older one.
 */
@Component
class DeviceStore {

    private final JdbcClient jdbc;

    DeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DeviceState> active(String code) {
        return jdbc.sql("""
                        SELECT id, code, kind, elder_id, division_code, fence_centre_enc, fence_radius_m
                        FROM care_device WHERE code = :code AND retired_at IS NULL""")
                .param("code", code)
                .query((rs, n) -> new DeviceState(rs.getLong("id"), rs.getString("code"),
                        DeviceKind.valueOf(rs.getString("kind")), rs.getLong("elder_id"), rs.getString("division_code"),
                        rs.getString("fence_centre_enc"), (Integer) rs.getObject("fence_radius_m")))
                .optional();
    }

    Optional<String> secretHash(String code) {
        return jdbc.sql("SELECT secret_hash FROM care_device WHERE code = :code AND retired_at IS NULL")
                .param("code", code).query(String.class).optional();
    }

    /** True the first time this device's message id is seen; false for a repeat. */
    boolean recordOnce(long deviceId, DeviceMessage message, Instant at, Instant now) {
        return jdbc.sql("""
                        INSERT INTO care_device_message (device_id, message_id, kind, sent_at, received_at)
                        VALUES (:device, :message, :kind, :sent, :received) ON CONFLICT DO NOTHING""")
                .param("device", deviceId).param("message", message.id()).param("kind", message.kind().name())
                .param("sent", utc(at)).param("received", utc(now))
                .update() == 1;
    }

    void seen(long deviceId, Instant at) {
        jdbc.sql("""
                        UPDATE care_device SET last_seen_at = :at, online = TRUE
                        WHERE id = :id AND (last_seen_at IS NULL OR last_seen_at < :at)""")
                .param("id", deviceId).param("at", utc(at)).update();
    }

    void moved(long deviceId, Instant at) {
        jdbc.sql("""
                        UPDATE care_device SET last_activity_at = :at, inactivity_signalled = FALSE
                        WHERE id = :id AND last_activity_at < :at""")
                .param("id", deviceId).param("at", utc(at)).update();
    }

    /**
     * Records where the watch was at {@code at} (newer positions only). True only when this position takes it
     * outside its geofence from inside: the moment to signal wandering, once.
     */
    boolean located(long deviceId, Instant at, boolean outside) {
        String newer = " WHERE id = :id AND (located_at IS NULL OR located_at < :at)";
        if (outside && jdbc.sql("UPDATE care_device SET outside_fence = TRUE, located_at = :at" + newer
                        + " AND outside_fence = FALSE")
                .param("id", deviceId).param("at", utc(at)).update() == 1) {
            return true;
        }
        jdbc.sql("UPDATE care_device SET outside_fence = :outside, located_at = :at" + newer)
                .param("id", deviceId).param("at", utc(at)).param("outside", outside).update();
        return false;
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
