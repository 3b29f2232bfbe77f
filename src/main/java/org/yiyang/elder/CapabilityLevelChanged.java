package org.yiyang.elder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An elder's capability level was set by a capability assessment and differs from the level before
 * (or the elder had none yet). Benefit eligibility and care planning react to it.
 *
 * @param elderId      the assessed elder
 * @param previous     the level before this assessment, {@code null} for a first assessment (首次评估)
 * @param current      the level after the level-change rules
 * @param standardCode the standard the assessment was made under, e.g. {@code "GB/T 42195-2022"}
 * @param assessedOn   the date of the assessment
 */
public record CapabilityLevelChanged(long elderId, CapabilityLevel previous, CapabilityLevel current,
                                     String standardCode, LocalDate assessedOn) {

    public CapabilityLevelChanged {
        Objects.requireNonNull(current, "current level");
        Objects.requireNonNull(assessedOn, "assessment date");
        if (standardCode == null || standardCode.isBlank()) {
            throw new IllegalArgumentException("standard code must not be blank");
        }
    }
}
