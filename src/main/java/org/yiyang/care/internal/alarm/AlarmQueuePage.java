package org.yiyang.care.internal.alarm;

import java.util.List;

/** One page of alarms: a desk's queue, or one elder's alarms. */
public record AlarmQueuePage(List<AlarmView> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
