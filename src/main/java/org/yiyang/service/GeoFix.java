package org.yiyang.service;

import org.yiyang.shared.GeoPoint;

/**
 * A position the caregiver's phone reported (browser geolocation, WGS-84) and its accuracy radius in metres.
 *
 * @throws OrderProblem when the coordinates are not a position or the accuracy is negative
 */
public record GeoFix(double latitude, double longitude, double accuracyMetres) {

    public GeoFix {
        if (GeoPoint.of(latitude, longitude).isEmpty()) {
            throw OrderProblem.of("position", "visit.error.position");
        }
        if (!(accuracyMetres >= 0 && accuracyMetres < 1_000_000)) {
            throw OrderProblem.of("position", "visit.error.accuracy");
        }
    }

    /** A fix from what a form or JSON body carried: null when the latitude or longitude is missing. */
    public static GeoFix ofNullable(Double latitude, Double longitude, Double accuracyMetres) {
        if (latitude == null || longitude == null) {
            return null;
        }
        return new GeoFix(latitude, longitude, accuracyMetres == null ? 0 : accuracyMetres);
    }

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
