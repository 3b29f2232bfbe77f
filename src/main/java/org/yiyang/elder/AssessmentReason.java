package org.yiyang.elder;

/** Why an assessment is made (评估原因), as the assessment form of GB/T 42195-2022 lists them. */
public enum AssessmentReason {
    FIRST,    // 首次评估
    ROUTINE,  // 常规评估
    CHANGE,   // 即时评估（状况发生变化）
    DISPUTE,  // 复评（对结果有异议）
    OTHER;    // 其他

    public String messageKey() {
        return "assessment.reason." + name();
    }
}
