package org.yiyang.benefit;

import java.util.List;

/** One page of the monthly programmes a viewer may see, and the total count for paging. */
public record AllowanceOverview(List<AllowanceSummary> programmes, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
