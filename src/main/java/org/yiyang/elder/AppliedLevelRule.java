package org.yiyang.elder;

/**
 * A level-change rule (等级变更条款) that matched on completion, with the level before and after it. A rule
 * may match without changing the level (already the worst level, or the combined raise used up).
 *
 * @param rule {@code COMA}, {@code DEMENTIA}, {@code MENTAL_DISORDER} or {@code RISK_EVENTS}
 */
public record AppliedLevelRule(String rule, CapabilityLevel before, CapabilityLevel after) {

    public boolean changedLevel() {
        return before != after;
    }

    public String messageKey() {
        return "elder.rule." + rule;
    }
}
