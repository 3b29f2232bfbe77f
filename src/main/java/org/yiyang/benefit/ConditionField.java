package org.yiyang.benefit;

import java.util.List;

/**
 * What an eligibility condition tests, and the operators it allows. Values are strings as a form sends them:
 * whole years for {@link #AGE}, enum names for categories, levels, living situations and sex, 12-digit codes
 * for divisions, {@code true}/{@code false} for flags, grades 1–4 for disability, programme ids for
 * {@link #PROGRAMME} (membership of, or exclusion by, another programme).
 */
public enum ConditionField {
    AGE(Operator.AT_LEAST, Operator.BELOW),                        // 年龄
    CATEGORY(Operator.ANY_OF, Operator.NONE_OF),                   // 特殊群体
    CAPABILITY_LEVEL(Operator.AT_LEAST, Operator.ANY_OF),          // 能力等级（至少中度失能…）
    RESIDENCE_DIVISION(Operator.WITHIN, Operator.NOT_WITHIN),      // 居住地
    HOUSEHOLD_DIVISION(Operator.WITHIN, Operator.NOT_WITHIN),      // 户籍地
    LIVING_SITUATION(Operator.ANY_OF, Operator.NONE_OF),           // 居住状况
    EMPTY_NEST(Operator.IS),                                       // 空巢
    LEFT_BEHIND(Operator.IS),                                      // 留守
    DISABILITY_GRADE(Operator.ANY_OF),                             // 残疾等级
    SEX(Operator.ANY_OF),                                          // 性别
    PROGRAMME(Operator.ANY_OF, Operator.NONE_OF);                  // 已享受 / 不得同时享受的项目

    private final List<Operator> operators;

    ConditionField(Operator... operators) {
        this.operators = List.of(operators);
    }

    public List<Operator> operators() {
        return operators;
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }

    public String messageKey() {
        return "benefit.field." + name();
    }

    /** How a condition compares the elder's value with the rule's values. */
    public enum Operator {
        AT_LEAST, BELOW, ANY_OF, NONE_OF, WITHIN, NOT_WITHIN, IS;

        public String messageKey() {
            return "benefit.operator." + name();
        }
    }
}
