package org.yiyang.benefit.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A piece of SQL with its named parameters; every value a user entered travels as a parameter, never as text. */
record SqlFragment(String sql, Map<String, Object> params) {

    SqlFragment {
        params = Map.copyOf(params);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(params);
    }
}
