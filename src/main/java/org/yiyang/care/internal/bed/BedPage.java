package org.yiyang.care.internal.bed;

import java.time.LocalDate;
import java.util.List;

import org.yiyang.care.CareBedStatus;

/** A page of the bed list. */
public record BedPage(List<Row> beds, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    /** One bed in the list. */
    public record Row(long id, String elderName, String divisionName, String providerName, String agreementNo,
                      LocalDate agreementEnd, CareBedStatus status, LocalDate serviceStart) {
    }
}
