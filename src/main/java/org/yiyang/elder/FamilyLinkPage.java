package org.yiyang.elder;

import java.util.List;

/** One page of the family-link desk: pending requests first, then the newest. */
public record FamilyLinkPage(List<FamilyLink> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
