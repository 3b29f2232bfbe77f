package org.yiyang.benefit;

import java.util.List;

/** One page of the programmes a viewer may see. */
public record ProgrammePage(List<Programme> items, long total, int page, int size) {

    public ProgrammePage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
