package org.yiyang.care;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a family care bed (家庭养老床位) stands. A registered bed is inspected (验收): passed, it is
 * {@link #ACCEPTED}; failed, {@link #REJECTED} until a re-inspection passes. Only an accepted bed starts service
 * ({@link #ACTIVE}); any bed not yet terminated can be terminated. Only the moves in {@link #next()} exist.
 */
public enum CareBedStatus {
    REGISTERED,  // 已登记，待验收
    ACCEPTED,    // 验收合格，待开始服务
    REJECTED,    // 验收不合格，待整改复验
    ACTIVE,      // 服务中
    TERMINATED;  // 已终止

    private static final Map<CareBedStatus, Set<CareBedStatus>> MOVES = Map.of(
            REGISTERED, EnumSet.of(ACCEPTED, REJECTED, TERMINATED),
            REJECTED, EnumSet.of(ACCEPTED, REJECTED, TERMINATED),
            ACCEPTED, EnumSet.of(ACTIVE, TERMINATED),
            ACTIVE, EnumSet.of(TERMINATED));

    public Set<CareBedStatus> next() {
        return MOVES.getOrDefault(this, EnumSet.noneOf(CareBedStatus.class));
    }

    public boolean canMoveTo(CareBedStatus target) {
        return next().contains(target);
    }

    /** Not terminated: the elder cannot have a second bed meanwhile. */
    public boolean open() {
        return this != TERMINATED;
    }

    public String messageKey() {
        return "carebed.status." + name();
    }
}
