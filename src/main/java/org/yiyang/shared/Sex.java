package org.yiyang.shared;

/** Sex as recorded in a resident ID number (性别): the 17th digit is odd for men, even for women. */
public enum Sex {
    MALE,
    FEMALE
}
