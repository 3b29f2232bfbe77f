package org.yiyang.elder;

/** Who an emergency contact is to the elder. */
public enum ContactRelation {
    CHILD,           // 子女
    SPOUSE,          // 配偶
    GRANDCHILD,      // 孙子女
    OTHER_RELATIVE,  // 其他亲属
    NEIGHBOUR,       // 邻居
    VILLAGE_CADRE,   // 村（社区）干部、网格员
    OTHER;           // 其他

    public String messageKey() {
        return "family.contactRelation." + name();
    }
}
