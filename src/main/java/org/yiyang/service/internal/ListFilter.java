package org.yiyang.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.region.DivisionScope;

/** The WHERE clause of a list query as it is built: conditions, their parameters and the division scope to bind. */
final class ListFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private DivisionScope scope;

    ListFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    ListFilter and(String condition, String name, Object value) {
        params.put(name, value);
        return and(condition);
    }

    /** Rows of the scope's divisions, by the elder's division or the provider's. */
    ListFilter within(DivisionScope divisionScope, String divisionColumn, String providerDivisionColumn) {
        this.scope = divisionScope;
        return and("(" + divisionScope.where(divisionColumn) + " OR " + divisionScope.where(providerDivisionColumn) + ")");
    }

    String sql() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        statement.params(params);
        return scope == null ? statement : scope.bind(statement);
    }
}
