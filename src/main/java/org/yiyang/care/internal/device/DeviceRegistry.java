package org.yiyang.care.internal.device;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.CareBedSummary;
import org.yiyang.care.CareBeds;
import org.yiyang.elder.HomeLocations;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.AuditTrail;
import org.yiyang.identity.AuditTrail.AuditEntry;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.GeoPoint;

/**
 * Registers devices (登记设备), binds them to an elder of the viewer's division (and optionally a family care bed),
 * sets a watch's geofence, issues a new secret and retires them. Secrets are returned once and kept only hashed; the
 * geofence centre (near the elder's home) is personal data and kept sealed. Every change is in the audit trail.
 */
@Service
public class DeviceRegistry {

    public static final int MIN_FENCE_METRES = 50;
    public static final int MAX_FENCE_METRES = 20_000;

    private final JdbcClient jdbc;
    private final DeviceQueries queries;
    private final DeviceSecrets secrets;
    private final ServiceRecipients recipients;
    private final PersonalDataProtection protection;
    private final AuditTrail audit;
    private final CareBeds beds;
    private final Clock clock;

    DeviceRegistry(JdbcClient jdbc, DeviceQueries queries, DeviceSecrets secrets, ServiceRecipients recipients,
                   PersonalDataProtection protection, AuditTrail audit, CareBeds beds, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.secrets = secrets;
        this.recipients = recipients;
        this.protection = protection;
        this.audit = audit;
        this.beds = beds;
        this.clock = clock;
    }

    /** A registered device and its secret, which is never shown again. */
    public record Registered(long id, String code, String secret) {
    }

    @Transactional
    public Registered register(Viewer viewer, DeviceDraft draft) {
        DeviceQueries.requireManager(viewer);
        if (draft.kind() == null) {
            throw new DeviceProblem("kind", "device.error.kind");
        }
        String code = draft.code() == null ? "" : draft.code().trim();
        if (!DeviceTopics.CODE.matcher(code).matches()) {
            throw new DeviceProblem("code", "device.error.code");
        }
        ServiceRecipient elder = elder(viewer, draft.elderId());
        Long bedId = bed(elder, draft.bedId());
        checkPlacement(draft.placement());
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO care_device (code, kind, secret_hash, elder_id, bed_id, division_code, placement,
                                last_activity_at, registered_at, registered_by, bound_at, bound_by)
                            VALUES (:code, :kind, :hash, :elder, :bed, :division, :placement, :now, :now, :by, :now, :by)""")
                    .param("code", code).param("kind", draft.kind().name()).param("hash", secrets.hash(secret))
                    .param("elder", elder.elderId()).param("bed", bedId).param("division", elder.division().value())
                    .param("placement", blankToNull(draft.placement())).param("now", DeviceStore.utc(now))
                    .param("by", viewer.username()).update();
        } catch (DuplicateKeyException e) {
            throw new DeviceProblem("code", "device.error.codeTaken");
        }
        long id = jdbc.sql("SELECT id FROM care_device WHERE code = :code").param("code", code).query(Long.class).single();
        record(viewer, "care.device.register", id, elder.division().value());
        return new Registered(id, code, secret);
    }

    @Transactional
    public void rebind(Viewer viewer, long id, Long elderId, Long bedId) {
        DeviceRow device = active(viewer, id);
        ServiceRecipient elder = elder(viewer, elderId);
        Long bed = bed(elder, bedId);
        boolean sameElder = device.elderId() == elder.elderId();
        jdbc.sql("""
                        UPDATE care_device SET elder_id = :elder, bed_id = :bed, division_code = :division,
                            bound_at = :now, bound_by = :by""" + (sameElder ? "" : """
                        , fence_centre_enc = NULL, fence_radius_m = NULL, outside_fence = FALSE""") + " WHERE id = :id")
                .param("elder", elder.elderId()).param("bed", bed).param("division", elder.division().value())
                .param("now", DeviceStore.utc(clock.instant())).param("by", viewer.username()).param("id", id).update();
        record(viewer, "care.device.bind", id, elder.division().value());
    }

    @Transactional
    public void setFence(Viewer viewer, long id, Double latitude, Double longitude, Integer radiusMetres) {
        DeviceRow device = active(viewer, id);
        if (!device.kind().locates()) {
            throw new DeviceProblem(null, "device.error.fenceWatchOnly");
        }
        GeoPoint centre = GeoPoint.of(latitude, longitude).filter(HomeLocations::withinChina)
                .orElseThrow(() -> new DeviceProblem("latitude", "device.error.position"));
        if (radiusMetres == null || radiusMetres < MIN_FENCE_METRES || radiusMetres > MAX_FENCE_METRES) {
            throw new DeviceProblem("radius", "device.error.radius");
        }
        jdbc.sql("""
                        UPDATE care_device SET fence_centre_enc = :centre, fence_radius_m = :radius,
                            outside_fence = FALSE WHERE id = :id""")
                .param("centre", protection.encrypt(centre.format())).param("radius", radiusMetres).param("id", id)
                .update();
        record(viewer, "care.device.fence", id, device.divisionCode());
    }

    @Transactional
    public void clearFence(Viewer viewer, long id) {
        DeviceRow device = active(viewer, id);
        jdbc.sql("""
                        UPDATE care_device SET fence_centre_enc = NULL, fence_radius_m = NULL, outside_fence = FALSE
                        WHERE id = :id""").param("id", id).update();
        record(viewer, "care.device.fence", id, device.divisionCode());
    }

    /** A new secret for a device (lost or leaked); the old one stops working at once. */
    @Transactional
    public String newSecret(Viewer viewer, long id) {
        DeviceRow device = active(viewer, id);
        String secret = secrets.newSecret();
        jdbc.sql("UPDATE care_device SET secret_hash = :hash WHERE id = :id")
                .param("hash", secrets.hash(secret)).param("id", id).update();
        record(viewer, "care.device.secret", id, device.divisionCode());
        return secret;
    }

    @Transactional
    public void retire(Viewer viewer, long id, String reason) {
        DeviceRow device = active(viewer, id);
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw new DeviceProblem("reason", "device.error.reason");
        }
        jdbc.sql("""
                        UPDATE care_device SET retired_at = :now, retired_by = :by, retire_reason = :reason, online = FALSE
                        WHERE id = :id AND retired_at IS NULL""")
                .param("now", DeviceStore.utc(clock.instant())).param("by", viewer.username())
                .param("reason", reason.trim()).param("id", id).update();
        record(viewer, "care.device.retire", id, device.divisionCode());
    }

    private DeviceRow active(Viewer viewer, long id) {
        DeviceRow device = queries.find(viewer, id);
        if (device.retired()) {
            throw new DeviceProblem(null, "device.error.retired");
        }
        return device;
    }

    private ServiceRecipient elder(Viewer viewer, Long elderId) {
        if (elderId == null) {
            throw new DeviceProblem("elderId", "device.error.elderRequired");
        }
        return recipients.find(elderId).filter(e -> viewer.mayView(e.division()) && e.living())
                .orElseThrow(() -> new DeviceProblem("elderId", "device.error.elderNotFound"));
    }

    /** The given family care bed, which must be the elder's; none given: the elder's open bed, if any. */
    private Long bed(ServiceRecipient elder, Long bedId) {
        if (bedId == null) {
            return beds.openBedOf(elder.elderId()).map(CareBedSummary::id).orElse(null);
        }
        return beds.find(bedId).filter(b -> b.elderId() == elder.elderId()).map(CareBedSummary::id)
                .orElseThrow(() -> new DeviceProblem("bedId", "device.error.bed"));
    }

    private static void checkPlacement(String placement) {
        if (placement != null && placement.length() > 100) {
            throw new DeviceProblem("placement", "device.error.placement");
        }
    }

    private void record(Viewer viewer, String action, long id, String division) {
        audit.record(AuditEntry.success(viewer.username(), action, "device:" + id).inDivision(division));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
