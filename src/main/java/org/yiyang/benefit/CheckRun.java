package org.yiyang.benefit;

import java.util.Map;

/** How many new findings one run of the checks added, per kind (a finding already on file is not added again). */
public record CheckRun(Map<FlagKind, Integer> added) {

    public CheckRun {
        added = Map.copyOf(added);
    }

    public int total() {
        return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int added(FlagKind kind) {
        return added.getOrDefault(kind, 0);
    }
}
