package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleCheck.Reach;

/**
 * How many elders a rule matches on a day, and how many active elders live in the programme's division: one
 * statement over the elder module's {@code elder_benefit_fact} view, whatever the size of the registry.
 */
@Component
class RuleReach {

    private final JdbcClient jdbc;

    RuleReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Reach on(Programme programme, List<Condition> conditions, LocalDate day) {
        SqlFragment everyone = RuleSql.eligible(List.of(), programme.division(), "f", "all", day);
        SqlFragment matching = RuleSql.eligible(conditions, programme.division(), "f", "rule", day);
        return matching.bind(everyone.bind(jdbc.sql("SELECT COUNT(*) AS active, COALESCE(SUM(CASE WHEN " + matching.sql()
                        + " THEN 1 ELSE 0 END), 0) AS matching FROM elder_benefit_fact f WHERE " + everyone.sql())))
                .query((rs, n) -> new Reach(rs.getLong("matching"), rs.getLong("active")))
                .single();
    }
}
