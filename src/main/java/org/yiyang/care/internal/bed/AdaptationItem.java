package org.yiyang.care.internal.bed;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What the home adaptation (居家适老化改造) of a family care bed put in, as the acceptance checks it. */
public enum AdaptationItem {
    GRAB_BARS,           // 安装扶手
    NON_SLIP_FLOOR,      // 地面防滑处理
    THRESHOLD_REMOVAL,   // 消除门槛高差
    RAMP,                // 坡道
    NURSING_BED,         // 护理床
    ANTI_PRESSURE_MATTRESS, // 防褥疮床垫
    BATH_SEAT,           // 洗澡椅
    TOILET_AID,          // 坐便椅、马桶扶手
    NIGHT_LIGHT,         // 感应夜灯
    WHEELCHAIR;          // 轮椅

    public String messageKey() {
        return "carebed.adaptation." + name();
    }

    /** The items stored as comma-separated names. */
    static String store(Set<AdaptationItem> items) {
        return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<AdaptationItem> read(String stored) {
        Set<AdaptationItem> items = EnumSet.noneOf(AdaptationItem.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(AdaptationItem::valueOf).forEach(items::add);
        }
        return items;
    }
}
