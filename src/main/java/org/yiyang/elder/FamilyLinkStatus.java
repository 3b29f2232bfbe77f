package org.yiyang.elder;

/**
 * Where a family link stands. A request is confirmed or rejected once; a confirmed link may later be revoked
 * by either side. Rows are never deleted.
 */
public enum FamilyLinkStatus {
    REQUESTED,  // 待确认
    CONFIRMED,  // 已关联
    REJECTED,   // 未通过
    REVOKED;    // 已解除

    public String messageKey() {
        return "family.status." + name();
    }
}
