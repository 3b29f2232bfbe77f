package org.yiyang.provider;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/**
 * A search of the public directory: only active providers. Every filter may be null. With {@code near} the
 * result holds only providers within {@code radiusMetres} (null: the configured service circle, 15 minutes on
 * foot) and is sorted by distance, then name; without it, by name.
 */
public record ProviderSearch(String text, ProviderKind kind, ServiceItem item, DivisionCode division, GeoPoint near,
                             Integer radiusMetres, int page, int size) {

    public static final int MAX_RADIUS_METRES = 50_000;
    public static final int MAX_PAGE_SIZE = 100;

    public ProviderSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(0, page);
        size = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
    }

    /** Everything active, by name. */
    public static ProviderSearch all(int page, int size) {
        return new ProviderSearch(null, null, null, null, null, null, page, size);
    }
}
