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

    private static final String ELDER_COLUMNS = """
            INSERT INTO elder_person (name, id_number_enc, id_number_index, id_number_masked, birth_date, sex,
                phone_enc, phone_index, phone_masked, address_enc, division_code, household_division_code,
                living_situation, empty_nest, left_behind, disability_grade, chronic_conditions, status,
                created_at, created_by, updated_at, updated_by, version)
            VALUES """;
    private static final String ELDER_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0)";
    private static final String INSERT_ELDER = ELDER_COLUMNS + ELDER_VALUES + " ON CONFLICT DO NOTHING";
    private static final String INSERT_CATEGORY = """
            INSERT INTO elder_category (elder_id, category)
            SELECT p.id, ? FROM elder_person p WHERE p.id_number_index = ?""";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataProtection protection;
    private volatile Boolean postgres;

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
        if (isPostgres()) {
            return transactions.execute(status -> insertInOneStatement(elders, by, at));
        }
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

    /**
     * PostgreSQL: the whole batch as one multi-row INSERT … RETURNING, which spares the server a statement per
     * elder (the import's bottleneck); the returned blind indexes say which elders were new.
     */
    private boolean[] insertInOneStatement(List<Sealed> elders, String by, OffsetDateTime at) {
        String sql = ELDER_COLUMNS + String.join(", ", java.util.Collections.nCopies(elders.size(), ELDER_VALUES))
                + " ON CONFLICT DO NOTHING RETURNING id, id_number_index";
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbcTemplate.query(sql, ps -> {
            ElderRows rows = new ElderRows(elders, by, at);
            for (int i = 0; i < elders.size(); i++) {
                rows.fill(ps, i, i * ElderRows.PARAMETERS);
            }
        }, rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        boolean[] inserted = new boolean[elders.size()];
        List<Object[]> categories = new ArrayList<>();
        for (int i = 0; i < elders.size(); i++) {
            Candidate c = elders.get(i).candidate();
            Long id = ids.get(c.idIndex());
            inserted[i] = id != null;
            if (id != null) {
                c.record().categories().forEach(cat -> categories.add(new Object[] {id, cat.name()}));
            }
        }
        if (!categories.isEmpty()) {
            jdbcTemplate.batchUpdate("INSERT INTO elder_category (elder_id, category) VALUES (?, ?)", categories);
        }
        return inserted;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbcTemplate.execute((java.sql.Connection c) ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
        }
        return postgres;
    }

    private record ElderRows(List<Sealed> elders, String by, OffsetDateTime at) implements BatchPreparedStatementSetter {

        static final int PARAMETERS = 21;

        @Override
        public void setValues(PreparedStatement ps, int i) throws SQLException {
            fill(ps, i, 0);
        }

        /** Sets elder {@code i}'s parameters from index {@code base + 1} on (a multi-row statement has many). */
        void fill(PreparedStatement ps, int i, int base) throws SQLException {
            Sealed s = elders.get(i);
            ElderRecord r = s.candidate().record();
            ps.setString(base + 1, r.name());
            ps.setString(base + 2, s.idEnc());
            ps.setString(base + 3, s.candidate().idIndex());
            ps.setString(base + 4, r.idNumber().masked());
            ps.setObject(base + 5, r.birthDate());
            ps.setString(base + 6, r.idNumber().sex().name());
            ps.setString(base + 7, s.phoneEnc());
            ps.setString(base + 8, s.phoneIndex());
            ps.setString(base + 9, r.phone() == null ? null : r.phone().masked());
            ps.setString(base + 10, s.addressEnc());
            ps.setString(base + 11, r.divisionCode());
            ps.setString(base + 12, r.householdDivisionCode());
            ps.setString(base + 13, r.livingSituation().name());
            ps.setBoolean(base + 14, r.emptyNest());
            ps.setBoolean(base + 15, r.leftBehind());
            if (r.disabilityGrade() == null) {
                ps.setNull(base + 16, Types.SMALLINT);
            } else {
                ps.setShort(base + 16, r.disabilityGrade().shortValue());
            }
            ps.setString(base + 17, r.chronicConditions());
            ps.setObject(base + 18, at);
            ps.setString(base + 19, by);
            ps.setObject(base + 20, at);
            ps.setString(base + 21, by);
        }

        @Override
        public int getBatchSize() {
            return elders.size();
        }
    }
}
