package org.yiyang.care;

public enum AlarmStatus {
    OPEN,          // raised, nobody has acknowledged it yet
    ACKNOWLEDGED,  // an operator has taken it
    DISPATCHED,    // help is on the way (caregiver order, family, 120)
    CLOSED;        // closed with an outcome

    public String messageKey() {
        return "alarm.status." + name();
    }
}
