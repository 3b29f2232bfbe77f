package org.yiyang.care;

import java.time.Instant;

/** A new alarm was committed; {@code divisionCode} is the elder's residence division (the desk that handles it). */
public record AlarmRaised(long alarmId, long elderId, String divisionCode, AlarmKind kind, AlarmPriority priority,
                          Instant raisedAt) {
}
