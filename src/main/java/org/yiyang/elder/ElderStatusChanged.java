package org.yiyang.elder;

import java.time.LocalDate;

/** An elder died or moved out: allowances stop, devices and orders are reviewed. */
public record ElderStatusChanged(long elderId, String divisionCode, ElderStatus status, LocalDate effectiveDate) {
}
