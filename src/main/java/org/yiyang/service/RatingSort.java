package org.yiyang.service;

/** How a regulator orders the providers' figures; providers without reviews come last when sorting by stars. */
public enum RatingSort {
    AVERAGE_ASC,      // worst rated first
    AVERAGE_DESC,     // best rated first
    COMPLAINTS_DESC,  // most unresolved (open + escalated) complaints first
    COMPLAINTS_ASC
}
