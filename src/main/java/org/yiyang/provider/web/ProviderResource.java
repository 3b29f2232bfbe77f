package org.yiyang.provider.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderListing;
import org.yiyang.provider.ProviderPage;
import org.yiyang.provider.internal.ProviderDetails;
import org.yiyang.shared.ServiceItem;

/** A provider in the public JSON API. {@code distanceMetres} only in a search from a point. */
record ProviderResource(long id, String name, ProviderKind kind, String divisionCode, String divisionName,
                        String address, double latitude, double longitude, List<DayOfWeek> openDays, LocalTime opens,
                        LocalTime closes, List<ServiceItem> services, Integer ratingLevel, Long distanceMetres,
                        Facts facts) {

    /** The registration facts, only on a single provider. */
    record Facts(String phone, Integer floorArea, int bedsTotal, int bedsNursing, int childcarePlaces,
                 OperatingModel operatingModel, String filingNumber, String licenceNumber) {
    }

    /** A page of search hits, nearest first when searched from a point. */
    record Page(List<ProviderResource> items, int page, int size, long total, int pages, Integer radiusMetres) {

        static Page of(ProviderPage p) {
            return new Page(p.items().stream().map(ProviderResource::of).toList(), p.page(), p.size(), p.total(),
                    p.pages(), p.radiusMetres());
        }
    }

    static ProviderResource of(ProviderListing listing) {
        return of(listing.provider(), listing.distanceMetres() == null ? null : Math.round(listing.distanceMetres()),
                null);
    }

    static ProviderResource of(ProviderDetails d) {
        return of(d.info(), null, new Facts(d.phone(), d.floorArea(), d.bedsTotal(), d.bedsNursing(),
                d.childcarePlaces(), d.operatingModel(), d.filingNumber(), d.licenceNumber()));
    }

    private static ProviderResource of(ProviderInfo i, Long distance, Facts facts) {
        return new ProviderResource(i.id(), i.name(), i.kind(), i.division().value(), i.divisionName(), i.address(),
                i.location().latitude(), i.location().longitude(), i.hours().days().stream().sorted().toList(),
                i.hours().opens(), i.hours().closes(), i.services().stream().sorted().toList(), i.ratingLevel(),
                distance, facts);
    }
}
