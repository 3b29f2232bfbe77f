package org.yiyang.elder;

import java.util.List;

/** One page of the registry list. */
public record ElderPage(List<ElderSummary> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
