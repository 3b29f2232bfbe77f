package org.yiyang.elder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.EmergencyContact;
import org.yiyang.elder.internal.EmergencyContactService.ValidContact;
import org.yiyang.identity.PersonalDataProtection;

/** Emergency contact rows: the phone sealed with SM4, its blind index and masked form; retired, never deleted. */
@Component
class EmergencyContactStore {

    private static final String COLUMNS = "id, elder_id, name, relation, phone_masked, priority, note";

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    EmergencyContactStore(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    List<EmergencyContact> current(long elderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM elder_contact WHERE elder_id = :elder AND retired = FALSE "
                        + "ORDER BY priority, id")
                .param("elder", elderId).query(EmergencyContactStore::row).list();
    }

    Optional<EmergencyContact> find(long elderId, long contactId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM elder_contact WHERE id = :id AND elder_id = :elder AND retired = FALSE")
                .param("id", contactId).param("elder", elderId).query(EmergencyContactStore::row).optional();
    }

    long insert(long elderId, ValidContact c, int priority, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO elder_contact (elder_id, name, relation, phone_enc, phone_index, phone_masked, priority, note,
                    retired, created_at, created_by, updated_at, updated_by, version)
                VALUES (:elder, :name, :relation, :phoneEnc, :phoneIndex, :phoneMasked, :priority, :note,
                    FALSE, :now, :by, :now, :by, 0)""")
                .param("elder", elderId).param("name", c.name()).param("relation", c.relation().name())
                .param("phoneEnc", protection.encrypt(c.phone().value()))
                .param("phoneIndex", protection.blindIndex(ElderWriter.PHONE_INDEX, c.phone().value()))
                .param("phoneMasked", c.phone().masked()).param("priority", priority).param("note", c.note())
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates name, relation, priority and note; the phone only when a new one was entered. */
    void update(long contactId, ValidContact c, int priority, String by, Instant now) {
        String phone = c.phone() == null ? ""
                : ", phone_enc = :phoneEnc, phone_index = :phoneIndex, phone_masked = :phoneMasked";
        var spec = jdbc.sql("UPDATE elder_contact SET name = :name, relation = :relation, priority = :priority, "
                        + "note = :note, updated_at = :now, updated_by = :by, version = version + 1" + phone
                        + " WHERE id = :id AND retired = FALSE")
                .param("name", c.name()).param("relation", c.relation().name()).param("priority", priority)
                .param("note", c.note()).param("now", now.atOffset(ZoneOffset.UTC)).param("by", by).param("id", contactId);
        if (c.phone() != null) {
            spec = spec.param("phoneEnc", protection.encrypt(c.phone().value()))
                    .param("phoneIndex", protection.blindIndex(ElderWriter.PHONE_INDEX, c.phone().value()))
                    .param("phoneMasked", c.phone().masked());
        }
        spec.update();
    }

    void retire(long contactId, String by, Instant now) {
        jdbc.sql("""
                UPDATE elder_contact SET retired = TRUE, retired_at = :now, retired_by = :by, updated_at = :now,
                    updated_by = :by, version = version + 1 WHERE id = :id AND retired = FALSE""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", by).param("id", contactId).update();
    }

    private static EmergencyContact row(ResultSet rs, int n) throws SQLException {
        return new EmergencyContact(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("name"),
                ContactRelation.valueOf(rs.getString("relation")), rs.getString("phone_masked"), rs.getInt("priority"),
                rs.getString("note"));
    }
}
