package org.yiyang.benefit;

import java.time.YearMonth;
import java.util.Map;

import org.yiyang.shared.Money;

/** A generated month of a programme as the viewer may see it: rows, their total and how many are in each status. */
public record AllowanceMonth(long programmeId, YearMonth month, long rows, Money total,
                             Map<AllowanceStatus, Long> byStatus) {

    public AllowanceMonth {
        byStatus = Map.copyOf(byStatus);
    }

    public long count(AllowanceStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
