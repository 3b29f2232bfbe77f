package org.yiyang.service;

/** What a viewer may do with an order now; pages show exactly these buttons. */
public enum OrderAction {
    ACCEPT, REFUSE, ASSIGN, DEPART, CHECK_IN, CHECK_OUT, CANCEL, NO_SHOW, PAY, REVIEW
}
