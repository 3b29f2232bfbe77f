package org.yiyang.benefit.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics of benefit_enrolment current within a run, after a programme whose step
 * changed many enrolments (the first run over a registry enrols hundreds of thousands at once). The next
 * programme's rule may test membership of that one; planned for the nearly empty table the statistics still
 * describe, its anti-join would scan the whole programme once per elder. ANALYZE inside the run's transaction
 * counts the transaction's own new rows. H2 keeps no such statistics; nothing to do there.
 */
@Component
class EnrolmentStatistics {

    static final long MANY = 10_000;

    private final JdbcClient jdbc;
    private final boolean postgres;

    EnrolmentStatistics(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    void afterChanging(long enrolments) {
        if (postgres && enrolments >= MANY) {
            jdbc.sql("ANALYZE benefit_enrolment").update();
        }
    }
}
