package org.yiyang.benefit.internal;

import java.util.List;

import org.yiyang.benefit.Condition;
import org.yiyang.benefit.RuleAmounts;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rule conditions and amounts as the JSON documents stored in benefit_rule (rules are data, not code). */
final class RuleCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Condition>> CONDITIONS = new TypeReference<>() { };

    private RuleCodec() {
    }

    static String conditions(List<Condition> conditions) {
        return JSON.writeValueAsString(conditions);
    }

    static List<Condition> conditions(String json) {
        return JSON.readValue(json, CONDITIONS);
    }

    static String amounts(RuleAmounts amounts) {
        return JSON.writeValueAsString(amounts);
    }

    static RuleAmounts amounts(String json) {
        return JSON.readValue(json, RuleAmounts.class);
    }
}
