package org.yiyang.service;

import java.util.List;

/** One page of providers' figures, and how many providers there are in all. */
public record ProviderRatingPage(List<ProviderRating> rows, long total, int page, int size, RatingSort sort) {

    public ProviderRatingPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
