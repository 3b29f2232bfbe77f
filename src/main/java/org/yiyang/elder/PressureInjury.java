package org.yiyang.elder;

/** Pressure injury (压力性损伤) stage recorded among the health facts of an assessment. */
public enum PressureInjury {
    NONE,         // 无
    STAGE_1,      // Ⅰ期
    STAGE_2,      // Ⅱ期
    STAGE_3,      // Ⅲ期
    STAGE_4,      // Ⅳ期
    UNSTAGEABLE;  // 不可分期

    public String messageKey() {
        return "assessment.pressureInjury." + name();
    }
}
