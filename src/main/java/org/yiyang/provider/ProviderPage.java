package org.yiyang.provider;

import java.util.List;

/** One page of directory hits, with the radius actually applied (null when no point was given). */
public record ProviderPage(List<ProviderListing> items, int page, int size, long total, Integer radiusMetres) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
