package org.yiyang;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;

@SpringBootApplication
public class YiyangApplication {

    public static void main(String[] args) {
        SpringApplication.run(YiyangApplication.class, args);
    }

    /** Instants are UTC; pages show them in Asia/Shanghai. Tests replace the clock. */
    /**
     * One SQL dialect for both databases: H2 runs in PostgreSQL mode with lower-case identifiers, so the
     * PostgreSQL dialect's quoting and paging fit it too, and the same mapping serves production.
     */
    @Bean
    JdbcDialect jdbcDialect() {
        return JdbcPostgresDialect.INSTANCE;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
