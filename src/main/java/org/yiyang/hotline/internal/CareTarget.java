package org.yiyang.hotline.internal;

/** Whom a care-call schedule calls (巡访关爱对象). */
public enum CareTarget {
    ALONE,        // 独居
    LEFT_BEHIND,  // 留守
    BOTH;         // 独居或留守

    public String messageKey() {
        return "hotline.target." + name();
    }
}
