package org.yiyang.benefit;

import java.util.List;

/** One page of due allowances without a bank account, and the total for paging. */
public record UnfiledPage(List<UnfiledAllowance> rows, long total, int page, int size) {

    public UnfiledPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
