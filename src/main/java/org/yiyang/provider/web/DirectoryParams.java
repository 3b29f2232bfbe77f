package org.yiyang.provider.web;

import org.yiyang.provider.ProviderKind;
import org.yiyang.shared.ServiceItem;

/**
 * The directory's filters exactly as given in the address (page and API): kept as text so that the form shows
 * them again and a bad one is named rather than failing the binding.
 */
record DirectoryParams(String q, String item, String kind, String division, String lat, String lng, String radius,
                       String elder, String page, String size) {

    static DirectoryParams none() {
        return new DirectoryParams(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean hasItem(ServiceItem candidate) {
        return candidate.name().equals(item);
    }

    public boolean hasKind(ProviderKind candidate) {
        return candidate.name().equals(kind);
    }

    boolean near() {
        return !blank(lat) || !blank(lng) || !blank(elder);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
