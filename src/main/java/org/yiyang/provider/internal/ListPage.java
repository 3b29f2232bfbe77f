package org.yiyang.provider.internal;

import java.util.List;

/** One page of a management list. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
