package org.yiyang.elder;

import java.util.List;

/** One page of the assessor's work list, oldest due first. */
public record Worklist(List<WorklistEntry> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
