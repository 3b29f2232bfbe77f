package org.yiyang.identity;

/** What an account does on the platform. Every account has exactly one role and one division. */
public enum Role {
    ADMIN,           // 系统管理员
    REGULATOR,       // 民政监管人员
    OPERATOR,        // 12349 话务员
    PROVIDER_ADMIN,  // 服务机构管理员
    CAREGIVER,       // 护理员
    ASSESSOR,        // 评估员
    VOLUNTEER,       // 志愿者
    ELDER,           // 老年人
    FAMILY;          // 家属（子女）

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "identity.role." + name();
    }
}
