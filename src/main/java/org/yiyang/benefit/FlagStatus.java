package org.yiyang.benefit;

/** A finding waits OPEN for a regulator, who confirms it (acted upon) or dismisses it (not a problem). */
public enum FlagStatus {
    OPEN, CONFIRMED, DISMISSED;

    public String messageKey() {
        return "ledger.check.status." + name();
    }
}
