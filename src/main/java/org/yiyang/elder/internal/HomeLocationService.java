package org.yiyang.elder.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.HomeLocationOnFile;
import org.yiyang.elder.HomeLocationSource;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.GeoPoint;

/**
 * Sets and answers for an elder's home position. The change history and the audit trail say only that it was
 * set or changed, by whom and how ({@link HomeLocationSource}); the coordinates appear in neither.
 */
@Service
@Transactional
class HomeLocationService implements HomeLocations {

    /** The change-history field and its masked values (shown translated on the file page). */
    static final String FIELD = "homeLocation";
    static final String ON_FILE = "ON_FILE";
    static final String SET = "SET";
    static final String CHANGED = "CHANGED";

    private final HomeLocationStore store;
    private final ElderAccess access;
    private final ElderWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    HomeLocationService(HomeLocationStore store, ElderAccess access, ElderWriter writer, AuditTrail audit,
                        Clock clock) {
        this.store = store;
        this.access = access;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void setHomeLocation(Viewer viewer, long elderId, GeoPoint home,
                                HomeLocationSource source) {
        var standing = access.require(viewer, elderId);
        validate(home);
        if (source == null || source == HomeLocationSource.DEMO) {
            throw new ElderProblem(null, "elder.home.error.source");
        }
        var before = store.position(elderId);
        if (before.isPresent() && before.get().format().equals(home.format())) {
            return;
        }
        Instant now = clock.instant();
        store.save(elderId, home, source, viewer.username(), now);
        writer.recordChanges(elderId, Map.of(FIELD, new String[] {before.isPresent() ? ON_FILE : null,
                before.isPresent() ? CHANGED : SET}), viewer.username(), now);
        audit.record(AuditEntry.success(viewer.username(), "HOME_LOCATION_SET", "elder:" + elderId)
                .inDivision(access.divisionOf(elderId).map(d -> d.value()).orElse(null))
                .withDetail((before.isPresent() ? "changed" : "set") + " by=" + standing + " source=" + source));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HomeLocationOnFile> onFile(Viewer viewer, long elderId) {
        if (viewer.is(Role.ASSESSOR)) {
            access.divisionOf(elderId).filter(viewer::mayView).orElseThrow(ElderProblem::notFound);
        } else {
            access.require(viewer, elderId);
        }
        return store.onFile(elderId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GeoPoint> forEditing(Viewer staff, long elderId) {
        access.requireStaff(staff, elderId);
        return store.position(elderId);
    }

    private static void validate(GeoPoint home) {
        if (home == null) {
            throw new ElderProblem("latitude", "elder.home.error.required");
        }
        if (home.latitude() < MIN_LATITUDE || home.latitude() > MAX_LATITUDE) {
            throw new ElderProblem("latitude", "elder.home.error.latitudeRange");
        }
        if (home.longitude() < MIN_LONGITUDE || home.longitude() > MAX_LONGITUDE) {
            throw new ElderProblem("longitude", "elder.home.error.longitudeRange");
        }
    }
}
