package org.yiyang.shared;

/** The seven categories of home services in GB/T 43153-2023 《居家养老上门服务基本规范》. */
public enum ServiceCategory {
    DAILY_LIVING,        // 生活照料
    BASIC_NURSING,       // 基础照护
    HEALTH_MANAGEMENT,   // 健康管理
    VISITING_CARE,       // 探访关爱
    EMOTIONAL_SUPPORT,   // 精神慰藉
    ERRANDS,             // 委托代办
    HOME_ADAPTATION;     // 家庭生活环境适老化改造

    public String messageKey() {
        return "shared.service.category." + name();
    }
}
