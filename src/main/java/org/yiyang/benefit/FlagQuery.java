package org.yiyang.benefit;

/** Filters of the findings list: a kind (null for all) and a status (null for all). */
public record FlagQuery(FlagKind kind, FlagStatus status) {

    public static final FlagQuery OPEN = new FlagQuery(null, FlagStatus.OPEN);
}
