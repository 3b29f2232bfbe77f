package org.yiyang.elder.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderStatus;
import org.yiyang.identity.PersonalDataProtection;

/** Writes elder rows: seals personal data, keeps blind indexes and masked forms, records changes. */
@Component
class ElderWriter {

    static final String ID_INDEX = "idNumber";
    static final String PHONE_INDEX = "phone";

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    private final ElderBatchWriter batch;

    ElderWriter(JdbcClient jdbc, PersonalDataProtection protection, ElderBatchWriter batch) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.batch = batch;
    }

    /** One elder, through the same sealed, set-based insert as a bulk import; a registered ID number is refused. */
    long insert(ElderRecord r, String by, Instant now) {
        var candidate = new ElderBatchWriter.Candidate(0, r, batch.idIndex(r));
        if (!batch.insert(List.of(batch.seal(candidate)), by, now)[0]) {
            throw ElderProblem.duplicateIdNumber();
        }
        return jdbc.sql("SELECT id FROM elder_person WHERE id_number_index = :idIndex")
                .param("idIndex", candidate.idIndex()).query(Long.class).single();
    }

    void update(long id, ElderRecord r, String by, Instant now) {
        try {
            params(jdbc.sql("""
                    UPDATE elder_person SET name = :name, id_number_enc = :idEnc, id_number_index = :idIndex,
                        id_number_masked = :idMasked, birth_date = :birthDate, sex = :sex, phone_enc = :phoneEnc,
                        phone_index = :phoneIndex, phone_masked = :phoneMasked, address_enc = :addressEnc,
                        division_code = :division, household_division_code = :household, living_situation = :living,
                        empty_nest = :emptyNest, left_behind = :leftBehind, disability_grade = :grade,
                        chronic_conditions = :chronic, updated_at = :now, updated_by = :by, version = version + 1
                    WHERE id = :id"""), r, by, now).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw ElderProblem.duplicateIdNumber();
        }
        jdbc.sql("DELETE FROM elder_category WHERE elder_id = :id").param("id", id).update();
        writeCategories(id, r);
    }

    void changeStatus(long id, ElderStatus status, LocalDate date, String reason, String by, Instant now) {
        jdbc.sql("""
                UPDATE elder_person SET status = :status, status_date = :date, status_reason = :reason,
                    updated_at = :now, updated_by = :by, version = version + 1 WHERE id = :id""")
                .param("status", status.name()).param("date", date).param("reason", reason)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", by).param("id", id).update();
    }

    void recordChanges(long id, Map<String, String[]> changes, String by, Instant now) {
        changes.forEach((field, values) -> jdbc.sql("""
                INSERT INTO elder_change (elder_id, changed_at, changed_by, field, old_value, new_value)
                VALUES (:id, :now, :by, :field, :old, :new)""")
                .param("id", id).param("now", now.atOffset(ZoneOffset.UTC)).param("by", by).param("field", field)
                .param("old", values[0]).param("new", values[1]).update());
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, ElderRecord r, String by, Instant now) {
        return spec.param("name", r.name())
                .param("idEnc", protection.encrypt(r.idNumber().value()))
                .param("idIndex", protection.blindIndex(ID_INDEX, r.idNumber().value()))
                .param("idMasked", r.idNumber().masked())
                .param("birthDate", r.birthDate())
                .param("sex", r.idNumber().sex().name())
                .param("phoneEnc", r.phone() == null ? null : protection.encrypt(r.phone().value()))
                .param("phoneIndex", r.phone() == null ? null : protection.blindIndex(PHONE_INDEX, r.phone().value()))
                .param("phoneMasked", r.phone() == null ? null : r.phone().masked())
                .param("addressEnc", r.address() == null ? null : protection.encrypt(r.address()))
                .param("division", r.divisionCode())
                .param("household", r.householdDivisionCode())
                .param("living", r.livingSituation().name())
                .param("emptyNest", r.emptyNest())
                .param("leftBehind", r.leftBehind())
                .param("grade", r.disabilityGrade())
                .param("chronic", r.chronicConditions())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by);
    }

    private void writeCategories(long id, ElderRecord r) {
        r.categories().forEach(c -> jdbc.sql("INSERT INTO elder_category (elder_id, category) VALUES (:id, :c)")
                .param("id", id).param("c", c.name()).update());
    }
}
