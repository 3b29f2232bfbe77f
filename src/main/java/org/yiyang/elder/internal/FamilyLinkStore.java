package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.yiyang.elder.FamilyLink;
import org.yiyang.elder.FamilyLinkStatus;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.FamilyRequest;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

/** The SQL of family links: every list scoped and paginated in the query; state changes guarded by status. */
@Component
class FamilyLinkStore {

    static final String SYSTEM = "SYSTEM";
    static final String NO_MATCH = "no match";
    static final String DUPLICATE = "duplicate";

    private static final String LINK_COLUMNS = """
            l.id, l.elder_id, p.name, p.id_number_masked AS elder_masked, p.division_code, l.family_username,
            l.family_display_name, l.relation, l.status, l.requested_at, l.decided_by, l.decided_at, l.revoked_by,
            l.revoked_at, l.reason""";
    /** Requests the system closed at once (no match, duplicate) are the requester's business only. */
    private static final String PEOPLE_DECIDE = "(l.decided_role IS NULL OR l.decided_role <> 'SYSTEM')";

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;

    FamilyLinkStore(JdbcClient jdbc, DivisionDirectory divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    static String openKey(long elderId, long accountId) {
        return elderId + ":" + accountId;
    }

    /** A row of the link itself, enough to decide on it. */
    record Stored(long id, Long elderId, long familyAccountId, FamilyLinkStatus status) {
    }

    long countSince(long familyAccountId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM elder_family_link WHERE family_account_id = :account AND requested_at >= :since")
                .param("account", familyAccountId).param("since", utc(since)).query(Long.class).single();
    }

    boolean hasOpen(long elderId, long familyAccountId) {
        return jdbc.sql("SELECT COUNT(*) FROM elder_family_link WHERE open_key = :key")
                .param("key", openKey(elderId, familyAccountId)).query(Long.class).single() > 0;
    }

    /** An open request; the unique open key refuses a second one for the same pair. */
    long insertRequested(long elderId, Viewer family, FamilyRelation relation, String masked, Instant now) {
        return insert(elderId, family, relation, masked, FamilyLinkStatus.REQUESTED, openKey(elderId, family.accountId()),
                null, null, now);
    }

    /** A request closed at once by the system: no registered elder matched, or a link for the pair is open. */
    long insertClosed(Long elderId, Viewer family, FamilyRelation relation, String masked, String reason, Instant now) {
        return insert(elderId, family, relation, masked, FamilyLinkStatus.REJECTED, null, SYSTEM, reason, now);
    }

    private long insert(Long elderId, Viewer family, FamilyRelation relation, String masked, FamilyLinkStatus status,
                        String openKey, String decidedBy, String reason, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO elder_family_link (elder_id, family_account_id, family_username, family_display_name,
                    relation, id_number_masked, status, open_key, requested_at, decided_by, decided_role, decided_at,
                    reason, version)
                VALUES (:elder, :account, :username, :displayName, :relation, :masked, :status, :openKey, :now,
                    :decidedBy, :decidedRole, :decidedAt, :reason, 0)""")
                .param("elder", elderId).param("account", family.accountId()).param("username", family.username())
                .param("displayName", cut(family.displayName(), 100)).param("relation", relation.name())
                .param("masked", masked).param("status", status.name()).param("openKey", openKey)
                .param("now", utc(now)).param("decidedBy", decidedBy)
                .param("decidedRole", decidedBy == null ? null : SYSTEM)
                .param("decidedAt", decidedBy == null ? null : utc(now)).param("reason", reason)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Stored> find(long linkId) {
        return jdbc.sql("SELECT id, elder_id, family_account_id, status FROM elder_family_link WHERE id = :id")
                .param("id", linkId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3),
                        FamilyLinkStatus.valueOf(rs.getString(4))))
                .optional();
    }

    /** REQUESTED → CONFIRMED or REJECTED; false when someone else decided first. */
    boolean decide(long linkId, FamilyLinkStatus to, Viewer by, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE elder_family_link SET status = :to, decided_by = :by, decided_role = :role, decided_at = :now,
                    reason = :reason, version = version + 1%s
                WHERE id = :id AND status = 'REQUESTED'""".formatted(to == FamilyLinkStatus.CONFIRMED ? "" : ", open_key = NULL"))
                .param("to", to.name()).param("by", by.username()).param("role", by.role().name())
                .param("now", utc(now)).param("reason", reason).param("id", linkId).update() == 1;
    }

    /** CONFIRMED → REVOKED; false when it was no longer confirmed. */
    boolean revoke(long linkId, Viewer by, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE elder_family_link SET status = 'REVOKED', revoked_by = :by, revoked_role = :role,
                    revoked_at = :now, reason = :reason, open_key = NULL, version = version + 1
                WHERE id = :id AND status = 'CONFIRMED'""")
                .param("by", by.username()).param("role", by.role().name()).param("now", utc(now))
                .param("reason", reason).param("id", linkId).update() == 1;
    }

    List<FamilyRequest> requestsOf(long familyAccountId, int limit) {
        return jdbc.sql("""
                SELECT id, id_number_masked, relation, requested_at, status, decided_role, reason
                FROM elder_family_link WHERE family_account_id = :account
                ORDER BY requested_at DESC, id DESC LIMIT :limit""")
                .param("account", familyAccountId).param("limit", limit)
                .query((rs, n) -> new FamilyRequest(rs.getLong("id"), rs.getString("id_number_masked"),
                        FamilyRelation.valueOf(rs.getString("relation")), instant(rs, "requested_at"),
                        shown(rs.getString("status"), rs.getString("decided_role")),
                        SYSTEM.equals(rs.getString("decided_role")) ? null : rs.getString("reason")))
                .list();
    }

    record Confirmed(long linkId, FamilyRelation relation, long elderId) {
    }

    List<Confirmed> confirmedOf(long familyAccountId) {
        return jdbc.sql("""
                SELECT id, relation, elder_id FROM elder_family_link
                WHERE family_account_id = :account AND status = 'CONFIRMED' ORDER BY id""")
                .param("account", familyAccountId)
                .query((rs, n) -> new Confirmed(rs.getLong(1), FamilyRelation.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    List<FamilyLink> ofElder(long elderId, int limit) {
        return links(jdbc.sql("SELECT " + LINK_COLUMNS + " FROM elder_family_link l JOIN elder_person p ON p.id = l.elder_id "
                        + "WHERE l.elder_id = :elder AND " + PEOPLE_DECIDE
                        + " ORDER BY CASE WHEN l.status = 'REQUESTED' THEN 0 ELSE 1 END, l.requested_at DESC, l.id DESC "
                        + "LIMIT :limit")
                .param("elder", elderId).param("limit", limit)
                .query(FamilyLinkStore::row).list());
    }

    long countDesk(DivisionScope scope, FamilyLinkStatus status) {
        return scope.bind(jdbc.sql("SELECT COUNT(*) FROM elder_family_link l JOIN elder_person p ON p.id = l.elder_id WHERE "
                        + deskWhere(scope, status)))
                .params(statusParam(status)).query(Long.class).single();
    }

    List<FamilyLink> desk(DivisionScope scope, FamilyLinkStatus status, int page, int size) {
        return links(scope.bind(jdbc.sql("SELECT " + LINK_COLUMNS
                        + " FROM elder_family_link l JOIN elder_person p ON p.id = l.elder_id WHERE " + deskWhere(scope, status)
                        + " ORDER BY CASE WHEN l.status = 'REQUESTED' THEN 0 ELSE 1 END, l.requested_at DESC, l.id DESC"
                        + " LIMIT :limit OFFSET :offset"))
                .params(statusParam(status)).param("limit", size).param("offset", (long) page * size)
                .query(FamilyLinkStore::row).list());
    }

    private static String deskWhere(DivisionScope scope, FamilyLinkStatus status) {
        return scope.where("p.division_code") + " AND " + PEOPLE_DECIDE + (status == null ? "" : " AND l.status = :status");
    }

    private static Map<String, Object> statusParam(FamilyLinkStatus status) {
        return status == null ? Map.of() : Map.of("status", status.name());
    }

    private List<FamilyLink> links(List<FamilyLink> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, String> names = divisions.names(rows.stream().map(FamilyLink::divisionName).distinct().toList());
        return rows.stream().map(l -> new FamilyLink(l.id(), l.elderId(), l.elderName(), l.elderIdNumberMasked(),
                names.getOrDefault(l.divisionName(), l.divisionName()), l.familyUsername(), l.familyDisplayName(),
                l.relation(), l.status(), l.requestedAt(), l.decidedBy(), l.decidedAt(), l.revokedBy(), l.revokedAt(),
                l.reason())).toList();
    }

    /** Reads a link; divisionName holds the division code until {@link #links} names it. */
    private static FamilyLink row(ResultSet rs, int n) throws SQLException {
        return new FamilyLink(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("name"),
                rs.getString("elder_masked"), rs.getString("division_code"), rs.getString("family_username"),
                rs.getString("family_display_name"), FamilyRelation.valueOf(rs.getString("relation")),
                FamilyLinkStatus.valueOf(rs.getString("status")), instant(rs, "requested_at"),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("revoked_by"),
                instant(rs, "revoked_at"), rs.getString("reason"));
    }

    private static FamilyRequest.Shown shown(String status, String decidedRole) {
        if (SYSTEM.equals(decidedRole)) {
            return FamilyRequest.Shown.SUBMITTED;
        }
        return switch (FamilyLinkStatus.valueOf(status)) {
            case REQUESTED -> FamilyRequest.Shown.SUBMITTED;
            case CONFIRMED -> FamilyRequest.Shown.CONFIRMED;
            case REJECTED -> FamilyRequest.Shown.REJECTED;
            case REVOKED -> FamilyRequest.Shown.REVOKED;
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
