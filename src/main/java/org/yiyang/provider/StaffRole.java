package org.yiyang.provider;

/** What a staff member does. Only caregivers and nurses are dispatched to visits. */
public enum StaffRole {
    CAREGIVER,      // 护理员
    NURSE,          // 护士
    DOCTOR,         // 医生
    REHABILITATION_THERAPIST, // 康复师
    SOCIAL_WORKER,  // 社会工作者
    COOK,           // 厨师
    MANAGER,        // 管理人员
    OTHER;          // 其他

    public boolean visits() {
        return this == CAREGIVER || this == NURSE || this == REHABILITATION_THERAPIST;
    }

    public String messageKey() {
        return "provider.staffRole." + name();
    }
}
