package org.yiyang.care;

import java.time.Instant;

/** One alarm in a list (an elder's recent alarms on the hotline screen-pop, the desk's queue). */
public record AlarmSummary(long id, long elderId, AlarmKind kind, AlarmPriority priority, AlarmStatus status,
                           Instant raisedAt, Instant acknowledgedAt, Instant closedAt, String outcome) {
}
