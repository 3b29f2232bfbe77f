package org.yiyang.hotline.internal;

import java.time.Duration;
import java.time.Instant;

/** A call as the desk sees it: the caller's number only masked (the sealed form stays in the store). */
public record CallRow(long id, String callKey, String direction, String divisionCode, String callerMasked,
                      String calledNumber, Long operatorAccountId, String operatorName, CallStatus status,
                      Instant rangAt, Instant answeredAt, Instant endedAt, Long elderId, String elderName,
                      CallOutcome outcome, String notes) {

    /** When the call began: rang, else answered, else ended (events may come out of order). */
    public Instant startedAt() {
        return rangAt != null ? rangAt : answeredAt != null ? answeredAt : endedAt;
    }

    /** Talk time once the call has ended: answered → ended; zero for a call nobody answered. */
    public Duration duration() {
        if (endedAt == null || answeredAt == null || endedAt.isBefore(answeredAt)) {
            return endedAt == null ? null : Duration.ZERO;
        }
        return Duration.between(answeredAt, endedAt);
    }

    /** "m:ss", or an empty text while the call goes on. */
    public String durationText() {
        Duration d = duration();
        return d == null ? "" : "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
    }

    public boolean live() {
        return status != CallStatus.ENDED;
    }
}
