package org.yiyang.benefit;

/** Why happiness points (幸福积分) were awarded. */
public enum PointsReason {
    VOLUNTEERING, // 志愿服务
    ACTIVITY,     // 参加活动
    OTHER;        // 其他

    public String messageKey() {
        return "wallet.points.reason." + name();
    }
}
