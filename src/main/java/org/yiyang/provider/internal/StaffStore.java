package org.yiyang.provider.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.yiyang.provider.StaffMember;
import org.yiyang.provider.StaffRole;

/** The {@code provider_staff} table. The phone arrives here already encrypted and masked. */
@Component
class StaffStore {

    private static final String COLUMNS = "s.id, s.provider_id, s.name, s.role, s.qualification, s.certificate_number, "
            + "s.phone_masked, s.pre_job_trained, s.active, s.account_id";

    private final JdbcClient jdbc;

    StaffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Sealed(String name, StaffRole role, String qualification, String certificateNumber, String phoneEnc,
                  String phoneMasked, boolean preJobTrained) {
    }

    long insert(long providerId, String division, Sealed s, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO provider_staff (provider_id, division_code, name, role, qualification,
                            certificate_number, pre_job_trained, active, phone_enc, phone_masked, created_at,
                            created_by, updated_at, updated_by, version)
                        VALUES (:provider, :division, :name, :role, :qualification, :certificate, :trained, TRUE,
                            :phoneEnc, :phoneMasked, :at, :by, :at, :by, 0)""")
                .param("provider", providerId).param("division", division).param("name", s.name())
                .param("role", s.role().name()).param("qualification", s.qualification())
                .param("certificate", s.certificateNumber()).param("trained", s.preJobTrained())
                .param("phoneEnc", s.phoneEnc()).param("phoneMasked", s.phoneMasked())
                .param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Keeps the stored phone when {@code s} carries none. */
    void update(long staffId, Sealed s, String by, Instant at) {
        jdbc.sql("""
                        UPDATE provider_staff SET name = :name, role = :role, qualification = :qualification,
                            certificate_number = :certificate, pre_job_trained = :trained,
                            phone_enc = COALESCE(:phoneEnc, phone_enc), phone_masked = COALESCE(:phoneMasked, phone_masked),
                            updated_at = :at, updated_by = :by, version = version + 1
                        WHERE id = :id""")
                .param("name", s.name()).param("role", s.role().name()).param("qualification", s.qualification())
                .param("certificate", s.certificateNumber()).param("trained", s.preJobTrained())
                .param("phoneEnc", s.phoneEnc()).param("phoneMasked", s.phoneMasked())
                .param("at", Timestamp.from(at)).param("by", by).param("id", staffId).update();
    }

    /** Deactivating also releases the account, so that the person may join another provider's roster. */
    void setActive(long staffId, boolean active, String by, Instant at) {
        jdbc.sql("""
                        UPDATE provider_staff SET active = :active,
                            account_id = CASE WHEN :active THEN account_id ELSE NULL END,
                            updated_at = :at, updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("active", active).param("at", Timestamp.from(at)).param("by", by).param("id", staffId).update();
    }

    void tieAccount(long staffId, long accountId, String by, Instant at) {
        jdbc.sql("""
                        UPDATE provider_staff SET account_id = :account, updated_at = :at, updated_by = :by,
                            version = version + 1 WHERE id = :id""")
                .param("account", accountId).param("at", Timestamp.from(at)).param("by", by).param("id", staffId)
                .update();
    }

    Optional<StaffRow> row(long staffId) {
        return jdbc.sql("SELECT " + COLUMNS + ", m.username FROM provider_staff s"
                        + " LEFT JOIN provider_member m ON m.staff_id = s.id WHERE s.id = :id")
                .param("id", staffId).query((rs, n) -> row(rs)).optional();
    }

    /** The roster: active staff first, then by name. */
    ListPage<StaffRow> roster(long providerId, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM provider_staff WHERE provider_id = :provider")
                .param("provider", providerId).query(Long.class).single();
        List<StaffRow> rows = jdbc.sql("SELECT " + COLUMNS + ", m.username FROM provider_staff s"
                        + " LEFT JOIN provider_member m ON m.staff_id = s.id WHERE s.provider_id = :provider"
                        + " ORDER BY s.active DESC, s.name, s.id LIMIT :limit OFFSET :offset")
                .param("provider", providerId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> row(rs)).list();
        return new ListPage<>(rows, page, size, total);
    }

    Optional<StaffMember> member(long staffId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider_staff s WHERE s.id = :id").param("id", staffId)
                .query((rs, n) -> member(rs)).optional();
    }

    List<StaffMember> dispatchable(long providerId) {
        List<String> roles = java.util.Arrays.stream(StaffRole.values()).filter(StaffRole::visits).map(Enum::name).toList();
        return jdbc.sql("SELECT " + COLUMNS + " FROM provider_staff s WHERE s.provider_id = :provider"
                        + " AND s.active = TRUE AND s.pre_job_trained = TRUE AND s.role IN (:roles) ORDER BY s.name, s.id")
                .param("provider", providerId).param("roles", roles).query((rs, n) -> member(rs)).list();
    }

    private static StaffRow row(ResultSet rs) throws SQLException {
        return new StaffRow(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("name"),
                StaffRole.valueOf(rs.getString("role")), rs.getString("qualification"),
                rs.getString("certificate_number"), rs.getString("phone_masked"), rs.getBoolean("pre_job_trained"),
                rs.getBoolean("active"), rs.getString("username"));
    }

    private static StaffMember member(ResultSet rs) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("name"),
                StaffRole.valueOf(rs.getString("role")), rs.getString("qualification"), rs.getBoolean("pre_job_trained"),
                rs.getBoolean("active"), rs.getObject("account_id", Long.class));
    }
}
