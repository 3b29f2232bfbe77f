package org.yiyang.service;

import java.util.Arrays;
import java.util.List;

import org.yiyang.shared.ServiceCategory;
import org.yiyang.shared.ServiceItem;

/** Tasks a caregiver ticks at check-out: by service category, plus those of every visit ({@code category} null). */
public enum VisitTask {
    SAFETY_CHECK(null),                               // 居家安全查看
    WELLBEING_CHECK(null),                            // 询问身体与精神状况
    MEAL_SERVED(ServiceCategory.DAILY_LIVING),        // 送餐/助餐
    BATH_OR_WASH(ServiceCategory.DAILY_LIVING),       // 助浴/清洗
    HOUSE_CLEANED(ServiceCategory.DAILY_LIVING),      // 打扫整理
    ESCORTED(ServiceCategory.DAILY_LIVING),           // 陪同出行/就医
    PERSONAL_CARE(ServiceCategory.BASIC_NURSING),     // 生活护理
    MEDICATION(ServiceCategory.BASIC_NURSING),        // 协助用药
    EXERCISES(ServiceCategory.BASIC_NURSING),         // 康复训练
    VITALS_MEASURED(ServiceCategory.HEALTH_MANAGEMENT), // 测量血压血糖等
    HEALTH_ADVICE(ServiceCategory.HEALTH_MANAGEMENT), // 健康指导
    VISITED(ServiceCategory.VISITING_CARE),           // 探访
    EMERGENCY_HANDLED(ServiceCategory.VISITING_CARE), // 紧急处置
    CONVERSATION(ServiceCategory.EMOTIONAL_SUPPORT),  // 陪伴聊天
    ERRAND_DONE(ServiceCategory.ERRANDS),             // 代购代办代缴
    HOME_ASSESSED(ServiceCategory.HOME_ADAPTATION),   // 居家环境评估
    ADAPTATION_DONE(ServiceCategory.HOME_ADAPTATION); // 改造施工

    private final ServiceCategory category;

    VisitTask(ServiceCategory category) {
        this.category = category;
    }

    /** The item's category's tasks first, then the ones every visit shares. */
    public static List<VisitTask> of(ServiceItem item) {
        List<VisitTask> own = Arrays.stream(values()).filter(t -> t.category == item.category()).toList();
        List<VisitTask> common = Arrays.stream(values()).filter(t -> t.category == null).toList();
        return java.util.stream.Stream.concat(own.stream(), common.stream()).toList();
    }

    public String messageKey() {
        return "visit.task." + name();
    }
}
