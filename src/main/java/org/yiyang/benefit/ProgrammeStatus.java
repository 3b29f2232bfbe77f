package org.yiyang.benefit;

/** A programme is prepared as a draft, runs while active and ends closed; closed programmes enrol no one. */
public enum ProgrammeStatus {
    DRAFT, ACTIVE, CLOSED;

    public String messageKey() {
        return "benefit.programme.status." + name();
    }
}
