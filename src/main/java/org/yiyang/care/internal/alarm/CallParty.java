package org.yiyang.care.internal.alarm;

/** Whom the operator called about an alarm. */
public enum CallParty {
    ELDER,      // 老人本人
    FAMILY,     // 家属
    NEIGHBOUR,  // 邻居
    VILLAGE;    // 村（社区）

    public String messageKey() {
        return "alarm.party." + name();
    }
}
