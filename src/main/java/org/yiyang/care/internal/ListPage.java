package org.yiyang.care.internal;

import java.util.List;

/** One page of a list (the alarm queue, an elder's alarms, the beds, the devices) and how many there are in all. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
