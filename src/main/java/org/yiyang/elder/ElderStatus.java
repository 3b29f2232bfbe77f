package org.yiyang.elder;

/** An elder's record is never deleted; it ends as moved out (迁出) or deceased (死亡) with a date and reason. */
public enum ElderStatus {
    ACTIVE, MOVED_OUT, DECEASED;

    public String messageKey() {
        return "elder.status." + name();
    }
}
