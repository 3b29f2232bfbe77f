package org.yiyang.care.internal.device;

import java.util.List;

/** One page of the device list. */
public record DevicePage(List<DeviceRow> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
