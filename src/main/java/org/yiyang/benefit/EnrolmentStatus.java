package org.yiyang.benefit;

/** PROPOSED waits for a regulator; ACTIVE is paid; ENDED no longer eligible (or deceased, moved); DECLINED refused. */
public enum EnrolmentStatus {
    PROPOSED, ACTIVE, ENDED, DECLINED;

    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE;
    }

    public String messageKey() {
        return "benefit.enrolment.status." + name();
    }
}
