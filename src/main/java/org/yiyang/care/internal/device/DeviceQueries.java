package org.yiyang.care.internal.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.yiyang.care.internal.ListPage;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionScope;

/** The device lists, paginated and scoped to the viewer's division in the query. */
@Component
public class DeviceQueries {

    static final Set<Role> MANAGERS = Set.of(Role.ADMIN, Role.REGULATOR, Role.PROVIDER_ADMIN);
    private static final String COLUMNS = """
            SELECT id, code, kind, elder_id, bed_id, division_code, placement, online, last_seen_at,
                   fence_centre_enc IS NOT NULL AS has_fence, fence_radius_m, registered_at, retired_at, retire_reason
            FROM care_device d""";

    private final JdbcClient jdbc;

    DeviceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code code} a fragment of the device code, {@code status} ONLINE, OFFLINE or RETIRED; both optional. */
    public ListPage<DeviceRow> list(Viewer viewer, String code, DeviceKind kind, String status, int page, int size) {
        requireManager(viewer);
        DivisionScope scope = viewer.scope();
        StringBuilder where = new StringBuilder(" WHERE " + scope.where("d.division_code"));
        if (code != null && !code.isBlank()) {
            where.append(" AND d.code LIKE :code");
        }
        if (kind != null) {
            where.append(" AND d.kind = :kind");
        }
        where.append(switch (status == null ? "" : status) {
            case "ONLINE" -> " AND d.online = TRUE AND d.retired_at IS NULL";
            case "OFFLINE" -> " AND d.online = FALSE AND d.retired_at IS NULL";
            case "RETIRED" -> " AND d.retired_at IS NOT NULL";
            default -> " AND d.retired_at IS NULL";
        });
        long total = bind(scope, jdbc.sql("SELECT COUNT(*) FROM care_device d" + where), code, kind)
                .query(Long.class).single();
        List<DeviceRow> rows = bind(scope, jdbc.sql(COLUMNS + where + " ORDER BY d.id DESC LIMIT :limit OFFSET :offset"),
                code, kind).param("limit", size).param("offset", (long) Math.max(0, page) * size)
                .query(DeviceQueries::row).list();
        return new ListPage<>(rows, Math.max(0, page), size, total);
    }

    /** The device when it lies in the viewer's division; otherwise not found. */
    public DeviceRow find(Viewer viewer, long id) {
        requireManager(viewer);
        DivisionScope scope = viewer.scope();
        return scope.bind(jdbc.sql(COLUMNS + " WHERE d.id = :id AND " + scope.where("d.division_code")))
                .param("id", id).query(DeviceQueries::row).optional().orElseThrow(DeviceProblem::notFound);
    }

    /** The devices in use in a family care bed, for the bed's page (which has checked the viewer). */
    public List<DeviceRow> forBed(long bedId) {
        return jdbc.sql(COLUMNS + " WHERE d.bed_id = :bed AND d.retired_at IS NULL ORDER BY d.id LIMIT 50")
                .param("bed", bedId).query(DeviceQueries::row).list();
    }

    static void requireManager(Viewer viewer) {
        if (!MANAGERS.contains(viewer.role())) {
            throw new AccessDeniedException("Role " + viewer.role() + " may not manage devices");
        }
    }

    private static JdbcClient.StatementSpec bind(DivisionScope scope, JdbcClient.StatementSpec spec, String code,
                                                 DeviceKind kind) {
        scope.bind(spec);
        if (code != null && !code.isBlank()) {
            spec.param("code", "%" + code.trim().replace("%", "").replace("_", "\\_") + "%");
        }
        if (kind != null) {
            spec.param("kind", kind.name());
        }
        return spec;
    }

    static DeviceRow row(ResultSet rs, int n) throws SQLException {
        return new DeviceRow(rs.getLong("id"), rs.getString("code"), DeviceKind.valueOf(rs.getString("kind")),
                rs.getLong("elder_id"), (Long) rs.getObject("bed_id", Long.class), rs.getString("division_code"),
                rs.getString("placement"), rs.getBoolean("online"), instant(rs, "last_seen_at"),
                rs.getBoolean("has_fence"), rs.getObject("fence_radius_m", Integer.class), instant(rs, "registered_at"),
                instant(rs, "retired_at"), rs.getString("retire_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
