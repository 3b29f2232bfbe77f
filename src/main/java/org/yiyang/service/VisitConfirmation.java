package org.yiyang.service;

/** How the elder or family confirmed the visit: the order's PIN told to the caregiver, or a signature on the screen. */
public enum VisitConfirmation {
    PIN, SIGNATURE;

    public String messageKey() {
        return "visit.confirmation." + name();
    }
}
