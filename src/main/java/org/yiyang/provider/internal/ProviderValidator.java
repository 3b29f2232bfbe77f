package org.yiyang.provider.internal;

import org.springframework.stereotype.Component;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.OpeningHours;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;

/** Turns a {@link ProviderDraft} into a {@link ValidProvider}, or names the first field that is wrong and why. */
@Component
class ProviderValidator {

    private final DivisionDirectory divisions;

    ProviderValidator(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    ValidProvider validate(Viewer viewer, ProviderDraft d) {
        String name = required("name", d.name(), 100);
        if (d.kind() == null) {
            throw new ProviderProblem("kind", "provider.error.required");
        }
        Division division = division(viewer, d.divisionCode());
        String address = optional("address", d.address(), 200);
        String phone = optional("phone", d.phone(), 30);
        if (d.latitude() == null) {
            throw new ProviderProblem("latitude", "provider.error.required");
        }
        if (d.longitude() == null) {
            throw new ProviderProblem("longitude", "provider.error.required");
        }
        if (!(d.latitude() >= -90 && d.latitude() <= 90)) {
            throw new ProviderProblem("latitude", "provider.error.latitude");
        }
        if (!(d.longitude() >= -180 && d.longitude() <= 180)) {
            throw new ProviderProblem("longitude", "provider.error.longitude");
        }
        GeoPoint location = new GeoPoint(d.latitude(), d.longitude());
        Integer floorArea = d.floorArea();
        nonNegative("floorArea", floorArea);
        int bedsTotal = zeroIfNull(d.bedsTotal());
        int bedsNursing = zeroIfNull(d.bedsNursing());
        int childcare = zeroIfNull(d.childcarePlaces());
        nonNegative("bedsTotal", bedsTotal);
        nonNegative("bedsNursing", bedsNursing);
        nonNegative("childcarePlaces", childcare);
        if (bedsNursing > bedsTotal) {
            throw new ProviderProblem("bedsNursing", "provider.error.nursingBeds");
        }
        if (d.operatingModel() == null) {
            throw new ProviderProblem("operatingModel", "provider.error.required");
        }
        String filing = optional("filingNumber", d.filingNumber(), 50);
        String licence = optional("licenceNumber", d.licenceNumber(), 50);
        OpeningHours hours = hours(d);
        if (d.services() == null || d.services().isEmpty()) {
            throw new ProviderProblem("services", "provider.error.services");
        }
        return new ValidProvider(name, d.kind(), division.divisionCode(), address, phone, location, floorArea,
                bedsTotal, bedsNursing, childcare, d.operatingModel(), filing, licence, hours, d.services());
    }

    private Division division(Viewer viewer, String code) {
        String text = required("divisionCode", code, 12);
        Division division = DivisionCode.parse(text).flatMap(divisions::find)
                .orElseThrow(() -> new ProviderProblem("divisionCode", "provider.error.division"));
        if (!viewer.mayView(division.divisionCode())) {
            throw new ProviderProblem("divisionCode", "provider.error.divisionOutOfScope");
        }
        return division;
    }

    private static OpeningHours hours(ProviderDraft d) {
        if (d.openDays() == null || d.openDays().isEmpty()) {
            throw new ProviderProblem("openDays", "provider.error.openDays");
        }
        if (d.opens() == null) {
            throw new ProviderProblem("opens", "provider.error.required");
        }
        if (d.closes() == null) {
            throw new ProviderProblem("closes", "provider.error.required");
        }
        if (!d.opens().isBefore(d.closes())) {
            throw new ProviderProblem("closes", "provider.error.hours");
        }
        return new OpeningHours(d.openDays(), d.opens(), d.closes());
    }

    private static void nonNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new ProviderProblem(field, "provider.error.negative");
        }
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ProviderProblem(field, "provider.error.required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new ProviderProblem(field, "provider.error.tooLong");
        }
        return value.strip();
    }
}
