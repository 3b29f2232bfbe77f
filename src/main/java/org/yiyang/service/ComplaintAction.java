package org.yiyang.service;

/** What a viewer may do with a complaint now; the complaint page shows exactly these forms. */
public enum ComplaintAction {
    ANSWER, CLOSE
}
