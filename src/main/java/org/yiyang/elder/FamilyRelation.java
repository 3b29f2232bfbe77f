package org.yiyang.elder;

/** How a family member is related to the elder they ask to be linked to (与老人关系). */
public enum FamilyRelation {
    CHILD,           // 子女
    SPOUSE,          // 配偶
    GRANDCHILD,      // 孙子女、外孙子女
    OTHER_RELATIVE,  // 其他亲属
    OTHER;           // 其他

    public String messageKey() {
        return "family.relation." + name();
    }
}
