package org.yiyang.care;

import java.time.Instant;

/**
 * Something that must become an alarm, given to {@link Alarms#raise}: by device ingestion (an SOS press, a fall, a
 * missing heartbeat …) or the hotline (a call). {@code source} and {@code sourceId} identify it where it came
 * from (device id and MQTT message id, or "hotline" and the call id): the same signal twice is one alarm.
 * {@code deviceId} is null when no device raised it; latitude and longitude are null when unknown.
 * {@code detail} is a short machine text (e.g. "hr=38"), never personal data.
 */
public record AlarmSignal(AlarmKind kind, long elderId, Long deviceId, String source, String sourceId, Instant at,
                          Double latitude, Double longitude, String detail) {
}
