package org.yiyang.service;

import java.util.List;

/** One page of visit exceptions and the total count for paging. */
public record VisitExceptionPage(List<VisitException> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
