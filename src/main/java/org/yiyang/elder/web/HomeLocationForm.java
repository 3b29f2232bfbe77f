package org.yiyang.elder.web;

import java.util.regex.Pattern;

import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.HomeLocationSource;
import org.yiyang.shared.GeoPoint;

/**
 * The home-position form exactly as typed: decimal degrees as text, so nothing typed is lost. A pair pasted
 * into the latitude field ({@code 46.0712, 122.0533}, as map apps copy it) is split. {@code source} is
 * {@code DEVICE} when the browser's location filled the fields and nobody typed over them.
 */
record HomeLocationForm(String latitude, String longitude, String source) {

    private static final Pattern DEGREES = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,12})?");

    static HomeLocationForm empty() {
        return new HomeLocationForm("", "", HomeLocationSource.MANUAL.name());
    }

    static HomeLocationForm of(GeoPoint point) {
        String[] parts = point.format().split(",");
        return new HomeLocationForm(parts[0], parts[1], HomeLocationSource.MANUAL.name());
    }

    GeoPoint toPoint() {
        String lat = clean(latitude);
        String lng = clean(longitude);
        if (lng.isEmpty() && lat.contains(",")) {
            String[] pair = lat.split(",", 2);
            lat = pair[0].strip();
            lng = pair[1].strip();
        }
        if (lat.isEmpty()) {
            throw new ElderProblem("latitude", "elder.home.error.required");
        }
        if (lng.isEmpty()) {
            throw new ElderProblem("longitude", "elder.home.error.required");
        }
        double latValue = degrees(lat, "latitude");
        double lngValue = degrees(lng, "longitude");
        if (latValue < -90 || latValue > 90) {
            throw new ElderProblem("latitude", "elder.home.error.latitudeRange");
        }
        if (lngValue < -180 || lngValue > 180) {
            throw new ElderProblem("longitude", "elder.home.error.longitudeRange");
        }
        return new GeoPoint(latValue, lngValue);
    }

    HomeLocationSource sourceValue() {
        return HomeLocationSource.DEVICE.name().equals(source) ? HomeLocationSource.DEVICE : HomeLocationSource.MANUAL;
    }

    private static double degrees(String text, String field) {
        if (!DEGREES.matcher(text).matches()) {
            throw new ElderProblem(field, "elder.home.error.number");
        }
        return Double.parseDouble(text);
    }

    /** Full-width digits and punctuation from a Chinese keyboard become ASCII; "°" is dropped. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－') {
                out.append('-');
            } else if (c != '°') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
