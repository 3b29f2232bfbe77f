package org.yiyang.elder.internal;

import java.time.LocalDate;
import java.util.Objects;

/** A care-risk event the elder had, as reported for an assessment. */
record RiskEvent(RiskEventKind kind, LocalDate occurredOn) {

    RiskEvent {
        Objects.requireNonNull(kind, "risk event kind");
        Objects.requireNonNull(occurredOn, "risk event date");
    }
}
