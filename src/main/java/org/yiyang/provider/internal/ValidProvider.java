package org.yiyang.provider.internal;

import java.util.Set;

import org.yiyang.provider.OpeningHours;
import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderKind;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

/** A provider profile that passed {@link ProviderValidator}: ready to store. */
record ValidProvider(String name, ProviderKind kind, DivisionCode division, String address, String phone,
                     GeoPoint location, Integer floorArea, int bedsTotal, int bedsNursing, int childcarePlaces,
                     OperatingModel operatingModel, String filingNumber, String licenceNumber, OpeningHours hours,
                     Set<ServiceItem> services) {
}
