package org.yiyang.service;

/** The provider's reason for an exception (原因代码). {@link #OTHER} needs a text. */
public enum VisitReasonCode {
    GPS_DRIFT,                    // 定位漂移
    ELDER_NOT_HOME_MET_ELSEWHERE, // 老人不在家，在别处服务
    ADDRESS_WRONG,                // 登记地址或定位有误
    TRAFFIC_DELAY,                // 交通延误
    ELDER_REQUESTED_TIME_CHANGE,  // 老人要求改时间
    DEVICE_PROBLEM,               // 设备故障
    OTHER;                        // 其他

    public String messageKey() {
        return "visit.reason." + name();
    }
}
