package org.yiyang.provider.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderKind;
import org.yiyang.shared.ServiceItem;

/** A provider's profile as entered, before validation; any field may be missing. */
public record ProviderDraft(String name, ProviderKind kind, String divisionCode, String address, String phone,
                            Double latitude, Double longitude, Integer floorArea, Integer bedsTotal,
                            Integer bedsNursing, Integer childcarePlaces, OperatingModel operatingModel,
                            String filingNumber, String licenceNumber, Set<DayOfWeek> openDays, LocalTime opens,
                            LocalTime closes, Set<ServiceItem> services) {

    /** This draft with the registration facts only a regulator may change taken from {@code stored}. */
    ProviderDraft withRegistrationOf(ProviderDetails stored) {
        return new ProviderDraft(name, stored.info().kind(), stored.info().division().value(), address, phone,
                latitude, longitude, floorArea, bedsTotal, bedsNursing, childcarePlaces, stored.operatingModel(),
                stored.filingNumber(), stored.licenceNumber(), openDays, opens, closes, services);
    }
}
