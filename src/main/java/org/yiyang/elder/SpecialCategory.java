package org.yiyang.elder;

/** Special categories an elder may belong to, several at once (特殊群体). */
public enum SpecialCategory {
    EXTREME_POVERTY,          // 特困供养
    MINIMUM_LIVING,           // 低保
    LOW_INCOME,               // 低收入
    LOST_ONLY_CHILD,          // 失独
    FAMILY_PLANNING_SPECIAL,  // 计划生育特殊家庭
    DISABLED,                 // 残疾（等级 1–4）
    ENTITLED_GROUP;           // 重点优抚对象

    public String messageKey() {
        return "elder.category." + name();
    }
}
