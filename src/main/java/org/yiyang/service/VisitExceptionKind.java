package org.yiyang.service;

/** Why a visit needs an explanation. Distances in metres, times in minutes. */
public enum VisitExceptionKind {
    CHECK_IN_TOO_FAR,   // 签到位置超出范围
    CHECK_OUT_TOO_FAR,  // 签退位置超出范围
    CHECK_IN_EARLY,     // 签到过早
    CHECK_IN_LATE,      // 签到迟到
    NO_HOME_POSITION,   // 老人住址无定位，无法核验距离
    NO_POSITION,        // 未取得定位（拒绝授权或无信号）
    SHORT_VISIT;        // 服务时长不足预约时长一半

    public String messageKey() {
        return "visit.kind." + name();
    }
}
