package org.yiyang.care;

import java.time.LocalDate;

/**
 * A family care bed as other parts of the platform see it (devices are installed in one, the hotline shows it).
 * {@code serviceStart} is null until the bed serves.
 */
public record CareBedSummary(long id, long elderId, long providerId, String divisionCode, CareBedStatus status,
                             LocalDate serviceStart) {
}
