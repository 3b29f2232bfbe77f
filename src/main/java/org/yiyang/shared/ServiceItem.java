package org.yiyang.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The service items (服务项目) of GB/T 43153-2023 under their {@link ServiceCategory}: what an elder orders,
 * a provider offers and the directory is searched by ("service type").
 */
public enum ServiceItem {
    MEAL(ServiceCategory.DAILY_LIVING),                         // 助餐
    BATHING(ServiceCategory.DAILY_LIVING),                      // 助浴
    CLEANING(ServiceCategory.DAILY_LIVING),                     // 助洁
    MOBILITY(ServiceCategory.DAILY_LIVING),                     // 助行
    MEDICAL_ESCORT(ServiceCategory.DAILY_LIVING),               // 助医
    EMERGENCY_HELP(ServiceCategory.DAILY_LIVING),               // 助急
    PERSONAL_CARE(ServiceCategory.BASIC_NURSING),               // 生活护理
    TOILETING_CARE(ServiceCategory.BASIC_NURSING),              // 排泄护理
    NURSING_ASSISTANCE(ServiceCategory.BASIC_NURSING),          // 护理协助
    MEDICATION_CARE(ServiceCategory.BASIC_NURSING),             // 用药照护
    REHABILITATION(ServiceCategory.BASIC_NURSING),              // 康复护理
    HEALTH_INFORMATION(ServiceCategory.HEALTH_MANAGEMENT),      // 健康信息采集
    HEALTH_MONITORING(ServiceCategory.HEALTH_MANAGEMENT),       // 健康监测
    HEALTH_ADVICE(ServiceCategory.HEALTH_MANAGEMENT),           // 健康指导
    HEALTH_INTERVENTION(ServiceCategory.HEALTH_MANAGEMENT),     // 健康干预
    HOME_VISIT(ServiceCategory.VISITING_CARE),                  // 上门探访
    EMERGENCY_HANDLING(ServiceCategory.VISITING_CARE),          // 紧急处置
    COMPANIONSHIP(ServiceCategory.EMOTIONAL_SUPPORT),           // 陪伴
    EMOTIONAL_EASING(ServiceCategory.EMOTIONAL_SUPPORT),        // 情绪疏导
    PSYCHOLOGICAL_COMFORT(ServiceCategory.EMOTIONAL_SUPPORT),   // 心理慰藉
    SHOPPING(ServiceCategory.ERRANDS),                          // 代购
    AFFAIRS(ServiceCategory.ERRANDS),                           // 代办
    BILL_PAYING(ServiceCategory.ERRANDS),                       // 代缴
    ENVIRONMENT_ASSESSMENT(ServiceCategory.HOME_ADAPTATION),    // 居家环境评估
    BASIC_ADAPTATION(ServiceCategory.HOME_ADAPTATION),          // 基础改造
    SPECIAL_ADAPTATION(ServiceCategory.HOME_ADAPTATION);        // 专项改造

    private final ServiceCategory category;

    ServiceItem(ServiceCategory category) {
        this.category = category;
    }

    public ServiceCategory category() {
        return category;
    }

    public static List<ServiceItem> of(ServiceCategory category) {
        return Arrays.stream(values()).filter(item -> item.category == category).toList();
    }

    public String messageKey() {
        return "shared.service.item." + name();
    }
}
