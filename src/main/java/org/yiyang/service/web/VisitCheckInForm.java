package org.yiyang.service.web;

import org.yiyang.service.GeoFix;
import org.yiyang.service.OrderProblem;

/**
 * The position fields visit-geo.js fills from the phone's geolocation; all empty when it was refused or the page
 * ran without JavaScript, which the server records as a visit without a position.
 */
record VisitCheckInForm(String latitude, String longitude, String accuracy) {

    GeoFix fix() {
        Double lat = number(latitude);
        Double lng = number(longitude);
        if (lat == null || lng == null) {
            return null;
        }
        return GeoFix.ofNullable(lat, lng, number(accuracy));
    }

    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw OrderProblem.of("position", "visit.error.position");
            }
            return value;
        } catch (NumberFormatException e) {
            throw OrderProblem.of("position", "visit.error.position");
        }
    }
}
