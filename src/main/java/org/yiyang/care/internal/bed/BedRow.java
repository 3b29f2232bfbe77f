package org.yiyang.care.internal.bed;

import java.time.LocalDate;

import org.yiyang.care.CareBedStatus;

/** One bed in the bed list. */
public record BedRow(long id, String elderName, String divisionName, String providerName, String agreementNo,
                     LocalDate agreementEnd, CareBedStatus status, LocalDate serviceStart) {
}
