package org.yiyang.shared;

/**
 * A position in WGS-84 degrees, as a phone's browser geolocation reports it. Distances are great-circle
 * (haversine) metres — accurate to well under a metre at the distances visit verification checks.
 */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a position: " + latitude + "," + longitude);
        }
    }

    /** Empty when either coordinate is missing or out of range. */
    public static java.util.Optional<GeoPoint> of(Double latitude, Double longitude) {
        if (latitude == null || longitude == null || !(latitude >= -90 && latitude <= 90)
                || !(longitude >= -180 && longitude <= 180)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new GeoPoint(latitude, longitude));
    }

    public double distanceMetresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Degrees of latitude spanned by {@code metres}: for a bounding box before the exact distance. */
    public static double latitudeDegrees(double metres) {
        return Math.toDegrees(metres / EARTH_RADIUS_METRES);
    }

    /** Degrees of longitude spanned by {@code metres} at this latitude. */
    public double longitudeDegrees(double metres) {
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return Math.toDegrees(metres / (EARTH_RADIUS_METRES * cos));
    }

    /** {@code 46.0763,121.9520}: for storage (encrypted when it is someone's home). */
    public String format() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }

    public static GeoPoint parse(String text) {
        String[] parts = text.split(",");
        return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    }
}
