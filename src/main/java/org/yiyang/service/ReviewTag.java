package org.yiyang.service;

/**
 * What an elder's side may tick when rating a visit (好评/差评 tags): five good ones and five bad ones, stored
 * by their code. The set is fixed so that figures can be compared across providers and years.
 */
public enum ReviewTag {
    ON_TIME(true),       // 准时
    CAREFUL(true),       // 细心
    FRIENDLY(true),      // 态度好
    SKILLED(true),       // 技术好
    CLEAN(true),         // 干净整洁
    LATE(false),         // 迟到
    CARELESS(false),     // 马虎
    RUDE(false),         // 态度差
    INCOMPLETE(false),   // 服务不完整
    OVERCHARGED(false);  // 多收费

    private final boolean good;

    ReviewTag(boolean good) {
        this.good = good;
    }

    public boolean good() {
        return good;
    }

    public String messageKey() {
        return "review.tag." + name();
    }

    /** The tag with this code; {@link OrderProblem} on the {@code tags} field for anything else. */
    public static ReviewTag parse(String code) {
        for (ReviewTag tag : values()) {
            if (tag.name().equals(code == null ? null : code.strip())) {
                return tag;
            }
        }
        throw OrderProblem.of("tags", "review.error.unknownTag", code == null ? "" : code.strip());
    }
}
