package org.yiyang.benefit.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What PostgreSQL's planner is told during an eligibility run over the whole registry; H2 keeps no statistics and
 * takes no such settings, so nothing happens there.
 * <ul>
 * <li>Before the run, for its transaction only: no nested loops. Every statement of such a run joins the registry
 * with a programme's enrolments; planned from statistics older than the last run (a programme that had none then),
 * a nested loop would scan the programme's enrolments once per elder. Hash joins read each side once. No JIT
 * compilation either: it costs seconds per statement and these statements are planned once.</li>
 * <li>After a programme whose step changed many enrolments (the first run enrols hundreds of thousands at once):
 * ANALYZE, inside the run's transaction, which counts its own new rows, so that the next programme's rule testing
 * membership of that one is planned for the table as it now is.</li>
 * </ul>
 */
@Component
class PostgresPlanner {

    static final long MANY = 10_000;

    private final JdbcClient jdbc;
    private final boolean postgres;

    PostgresPlanner(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    void beforeWholeRegistryRun() {
        if (postgres) {
            jdbc.sql("SET LOCAL enable_nestloop = off").update();
            jdbc.sql("SET LOCAL jit = off").update();
            jdbc.sql("SET LOCAL work_mem = '128MB'").update();
        }
    }

    void afterChanging(long enrolments) {
        if (postgres && enrolments >= MANY) {
            jdbc.sql("ANALYZE benefit_enrolment").update();
        }
    }
}
