package org.yiyang.benefit;

import java.time.Instant;
import java.util.List;

import org.yiyang.shared.DivisionCode;

/**
 * One finding of a check. {@code details} are the values its kind's message names (a month, an amount, the other
 * programme …); programme and elder are null where the kind has none.
 */
public record Flag(long id, FlagKind kind, FlagStatus status, Long programmeId, String programmeName, Long elderId,
                   String elderName, DivisionCode division, List<String> details, Instant foundAt, Instant reviewedAt,
                   String reviewedBy, String reviewNote) {

    public Flag {
        details = List.copyOf(details);
    }
}
