package org.yiyang.elder;

import java.util.Optional;

import org.yiyang.identity.Viewer;
import org.yiyang.shared.GeoPoint;

/**
 * The map position of an elder's home (家庭住址定位), used to verify visits (the caregiver's check-in distance)
 * and to find providers near the elder. It is personal data: stored encrypted, never logged, recorded in the
 * change history and the audit trail only as "set" or "changed". It may be set by registry staff of the
 * elder's division (the same editors as for {@link ElderRegistry#update}), by the elder themself and by a
 * family member with a confirmed link; to anyone else the elder is {@link ElderProblem#notFound() not found}.
 * Other modules read the position through {@link ServiceRecipients}.
 */
public interface HomeLocations {

    /** A home must lie in this box (mainland China, generously): anything outside is a typing error. */
    double MIN_LATITUDE = 18;
    double MAX_LATITUDE = 54;
    double MIN_LONGITUDE = 73;
    double MAX_LONGITUDE = 136;

    /** Sets (or replaces) the home position as typed in; see {@link #setHomeLocation(Viewer, long, GeoPoint, HomeLocationSource)}. */
    default void setHomeLocation(Viewer viewer, long elderId, GeoPoint home) {
        setHomeLocation(viewer, elderId, home, HomeLocationSource.MANUAL);
    }

    /**
     * Sets (or replaces) the home position. Throws {@link ElderProblem} naming the field ({@code latitude},
     * {@code longitude}) when the position is missing or outside China; setting the same position again
     * changes nothing.
     */
    void setHomeLocation(Viewer viewer, long elderId, GeoPoint home, HomeLocationSource source);

    /**
     * Whether a position is on file, without it: for anyone who may see the elder's file (registry readers of
     * the division, the elder, a linked family member).
     */
    Optional<HomeLocationOnFile> onFile(Viewer viewer, long elderId);

    /** The position itself, to prefill the edit form of registry staff who may edit the elder's file. */
    Optional<GeoPoint> forEditing(Viewer staff, long elderId);

    static boolean withinChina(GeoPoint point) {
        return point.latitude() >= MIN_LATITUDE && point.latitude() <= MAX_LATITUDE
                && point.longitude() >= MIN_LONGITUDE && point.longitude() <= MAX_LONGITUDE;
    }
}
