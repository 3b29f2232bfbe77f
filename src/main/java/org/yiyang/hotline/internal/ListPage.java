package org.yiyang.hotline.internal;

import java.util.List;

/** One page of a desk list (calls, care calls, schedules, tickets, visit requests) and how many there are in all. */
public record ListPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
