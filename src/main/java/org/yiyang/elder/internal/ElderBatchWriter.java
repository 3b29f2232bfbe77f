package org.yiyang.elder.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiyang.identity.PersonalDataProtection;

/**
 * Writes imported elders set-based: one JDBC batch inserts the elders of a batch and one more their categories,
 * both in one transaction, so that an elder is never committed without its categories. An elder already
 * registered is left untouched by {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode, which
 * does not take a conflict target; the only unique key a new row can break is the blind index of its ID number),
 * and its update count of 0 tells the import to skip it. The unique index decides the conflict, not a query
 * plan, so the speed does not depend on table statistics.
 */
@Component
class ElderBatchWriter {

    private static final String INSERT_ELDER = """
            INSERT INTO elder_person (name, id_number_enc, id_number_index, id_number_masked, birth_date, sex,
                phone_enc, phone_index, phone_masked, address_enc, division_code, household_division_code,
                living_situation, empty_nest, left_behind, disability_grade, chronic_conditions, status,
                created_at, created_by, updated_at, updated_by, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_CATEGORY = """
            INSERT INTO elder_category (elder_id, category)
            SELECT p.id, ? FROM elder_person p WHERE p.id_number_index = ?""";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataProtection protection;

    ElderBatchWriter(JdbcTemplate jdbcTemplate, JdbcClient jdbc, PlatformTransactionManager transactionManager,
                     PersonalDataProtection protection) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.protection = protection;
    }

    /** A validated elder with the blind index of their ID number, the key the import works by. */
    record Candidate(int row, ElderRecord record, String idIndex) {
    }

    /** A candidate with personal data sealed, ready for the insert. */
    record Sealed(Candidate candidate, String idEnc, String phoneEnc, String phoneIndex, String addressEnc) {
    }

    String idIndex(ElderRecord record) {
        return protection.blindIndex(ElderWriter.ID_INDEX, record.idNumber().value());
    }

    /** Encrypts the personal data; the costly part of an import, so callers run it in parallel. */
    Sealed seal(Candidate c) {
        ElderRecord r = c.record();
        return new Sealed(c, protection.encrypt(r.idNumber().value()),
                r.phone() == null ? null : protection.encrypt(r.phone().value()),
                r.phone() == null ? null : protection.blindIndex(ElderWriter.PHONE_INDEX, r.phone().value()),
                r.address() == null ? null : protection.encrypt(r.address()));
    }

    /**
     * Inserts the elders and their categories in one transaction. Answers, per elder, whether it was inserted
     * ({@code false}: registered meanwhile, skipped).
     */
    boolean[] insert(List<Sealed> elders, String by, Instant now) {
        if (elders.isEmpty()) {
            return new boolean[0];
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return transactions.execute(status -> {
            int[] counts = jdbcTemplate.batchUpdate(INSERT_ELDER, new ElderRows(elders, by, at));
            boolean[] inserted = new boolean[elders.size()];
            List<String[]> categories = new ArrayList<>();
            for (int i = 0; i < elders.size(); i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    // without per-row counts a skipped row's categories would go to the elder registered before
                    throw new IllegalStateException("The JDBC driver gives no update counts for batches "
                            + "(PostgreSQL: do not set reWriteBatchedInserts)");
                }
                inserted[i] = counts[i] > 0;
                if (inserted[i]) {
                    Candidate c = elders.get(i).candidate();
                    c.record().categories().forEach(cat -> categories.add(new String[] {cat.name(), c.idIndex()}));
                }
            }
            if (!categories.isEmpty()) {
                jdbcTemplate.batchUpdate(INSERT_CATEGORY, categories, categories.size(), (ps, pair) -> {
                    ps.setString(1, pair[0]);
                    ps.setString(2, pair[1]);
                });
            }
            return inserted;
        });
    }

    private record ElderRows(List<Sealed> elders, String by, OffsetDateTime at) implements BatchPreparedStatementSetter {

        @Override
        public void setValues(PreparedStatement ps, int i) throws SQLException {
            Sealed s = elders.get(i);
            ElderRecord r = s.candidate().record();
            ps.setString(1, r.name());
            ps.setString(2, s.idEnc());
            ps.setString(3, s.candidate().idIndex());
            ps.setString(4, r.idNumber().masked());
            ps.setObject(5, r.birthDate());
            ps.setString(6, r.idNumber().sex().name());
            ps.setString(7, s.phoneEnc());
            ps.setString(8, s.phoneIndex());
            ps.setString(9, r.phone() == null ? null : r.phone().masked());
            ps.setString(10, s.addressEnc());
            ps.setString(11, r.divisionCode());
            ps.setString(12, r.householdDivisionCode());
            ps.setString(13, r.livingSituation().name());
            ps.setBoolean(14, r.emptyNest());
            ps.setBoolean(15, r.leftBehind());
            if (r.disabilityGrade() == null) {
                ps.setNull(16, Types.SMALLINT);
            } else {
                ps.setShort(16, r.disabilityGrade().shortValue());
            }
            ps.setString(17, r.chronicConditions());
            ps.setObject(18, at);
            ps.setString(19, by);
            ps.setObject(20, at);
            ps.setString(21, by);
        }

        @Override
        public int getBatchSize() {
            return elders.size();
        }
    }
}
