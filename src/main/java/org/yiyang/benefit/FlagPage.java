package org.yiyang.benefit;

import java.util.List;

/** One page of findings, newest first, and the total for paging. */
public record FlagPage(List<Flag> flags, long total, int page, int size) {

    public FlagPage {
        flags = List.copyOf(flags);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
