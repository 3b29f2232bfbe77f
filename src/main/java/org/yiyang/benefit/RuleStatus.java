package org.yiyang.benefit;

/** A rule version is edited as a draft, published to take effect on its dates, or withdrawn. */
public enum RuleStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public String messageKey() {
        return "benefit.rule.status." + name();
    }
}
