package org.yiyang.benefit;

import java.util.List;

/** One page of payment files, newest first, and the total for paging. */
public record PaymentFilePage(List<PaymentFile> files, long total, int page, int size) {

    public PaymentFilePage {
        files = List.copyOf(files);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
