package org.yiyang.provider;

import java.util.Set;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/**
 * A provider as other modules see it. {@code services} are the service items it is registered to provide
 * (服务范围); its offerings can only be of those. {@code ratingLevel} (1–5 stars, GB/T 37276) is empty until
 * an inspection sets it.
 */
public record ProviderInfo(long id, String name, ProviderKind kind, DivisionCode division, String divisionName,
                           String address, GeoPoint location, OpeningHours hours, ProviderStatus status,
                           Set<ServiceItem> services, Integer ratingLevel) {

    public boolean active() {
        return status == ProviderStatus.ACTIVE;
    }
}
