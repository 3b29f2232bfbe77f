package org.yiyang.care.internal.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmPriority;
import org.yiyang.care.AlarmStatus;
import org.yiyang.care.AlarmSummary;
import org.yiyang.shared.GeoPoint;

/** One alarm as the desk sees it (no personal data: the elder by id). */
public record AlarmView(long id, AlarmKind kind, AlarmPriority priority, AlarmStatus status, long elderId,
                        String divisionCode, Long deviceId, Double latitude, Double longitude, String detail,
                        Instant signalledAt, Instant raisedAt, String raisedBy, Instant acknowledgedAt,
                        String acknowledgedName, Instant dispatchedAt, Instant closedAt, String outcome,
                        int escalationLevel, Instant escalatedAt) {

    public AlarmSummary summary() {
        return new AlarmSummary(id, elderId, kind, priority, status, raisedAt, acknowledgedAt, closedAt, outcome);
    }

    public boolean closed() {
        return status == AlarmStatus.CLOSED;
    }

    public boolean acknowledged() {
        return status == AlarmStatus.ACKNOWLEDGED || status == AlarmStatus.DISPATCHED;
    }

    public Optional<GeoPoint> location() {
        return GeoPoint.of(latitude, longitude);
    }

    /** Raised to acknowledged; empty while nobody has. */
    public Optional<Duration> timeToAcknowledge() {
        return acknowledgedAt == null ? Optional.empty() : Optional.of(Duration.between(raisedAt, acknowledgedAt));
    }

    /** Raised to closed; empty while open. */
    public Optional<Duration> timeToClose() {
        return closedAt == null ? Optional.empty() : Optional.of(Duration.between(raisedAt, closedAt));
    }

    /** How long it has waited (or waited until closed), at {@code now}. */
    public Duration age(Instant now) {
        return Duration.between(raisedAt, closedAt == null ? now : closedAt);
    }
}
