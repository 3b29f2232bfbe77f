package org.yiyang.region;

/** The five levels of the division tree. */
public enum DivisionLevel {
    REGION,     // 自治区
    LEAGUE,     // 盟市
    BANNER,     // 旗县区
    TOWNSHIP,   // 苏木乡镇街道
    VILLAGE;    // 嘎查村社区

    public static DivisionLevel of(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level must be 1..5");
        }
        return values()[level - 1];
    }

    public int number() {
        return ordinal() + 1;
    }

    /** Message key of the level's name. */
    public String messageKey() {
        return "region.level." + number();
    }
}
