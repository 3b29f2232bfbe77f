package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;

/**
 * The pairs of programmes that exclude each other (不得同时享受) today: an active programme whose published rule in
 * effect has a PROGRAMME NONE_OF condition naming another programme. Rules are JSON documents, so they are read
 * here, once per run; the check then takes one statement per pair.
 */
@Component
class ExclusionPairs {

    private final JdbcClient jdbc;

    ExclusionPairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One pair per two programmes, however many ways they exclude each other, so that an elder in both is one
     * finding. {@code keyPrefix} names the pair by its lower and higher id; {@code detail} is the excluded
     * programme's code and name as the finding shows them.
     */
    record Pair(long excluding, long excluded, String keyPrefix, String detail) {
    }

    List<Pair> inEffect(LocalDate day) {
        Map<Long, List<Condition>> rules = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.programme_id, r.conditions FROM benefit_rule r JOIN benefit_programme p ON p.id = r.programme_id
                        WHERE p.status = 'ACTIVE' AND r.status = 'PUBLISHED' AND r.effective_from <= :day
                          AND (r.effective_to IS NULL OR r.effective_to >= :day)
                        ORDER BY r.programme_id, r.version""")
                .param("day", day)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(rule -> rules.put(rule.getKey(), RuleCodec.conditions(rule.getValue())));
        Map<String, long[]> pairs = new LinkedHashMap<>();
        rules.forEach((programme, conditions) -> excludedBy(conditions).stream().filter(other -> !other.equals(programme))
                .forEach(other -> pairs.putIfAbsent(Math.min(programme, other) + ":" + Math.max(programme, other),
                        new long[] {programme, other})));
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = names(pairs.values().stream().map(p -> p[1]).distinct().toList());
        List<Pair> result = new ArrayList<>();
        pairs.forEach((ids, p) -> {
            if (names.containsKey(p[1])) {
                result.add(new Pair(p[0], p[1], "EXCLUSIVE_PROGRAMMES:" + ids + ":", names.get(p[1])));
            }
        });
        return result;
    }

    private static List<Long> excludedBy(List<Condition> conditions) {
        List<Long> excluded = new ArrayList<>();
        for (Condition c : conditions) {
            if (c.field() == ConditionField.PROGRAMME && c.operator() == ConditionField.Operator.NONE_OF) {
                c.values().stream().filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).forEach(excluded::add);
            }
        }
        return excluded;
    }

    /** "code|name" of the programmes that exist. */
    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code, name FROM benefit_programme WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2) + "|" + rs.getString(3))).list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
