package org.yiyang.benefit;

import java.util.List;

/** One page of a programme's allowance rows and the total count for paging. */
public record AllowancePage(Programme programme, List<AllowanceRow> rows, long total, int page, int size) {

    public AllowancePage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
