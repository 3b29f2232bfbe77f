package org.yiyang.region;

import org.yiyang.shared.DivisionCode;

/** One administrative division. {@code parentCode} is null only for the region itself. */
public record Division(String code, String name, int level, String parentCode) {

    public DivisionCode divisionCode() {
        return DivisionCode.of(code);
    }

    public DivisionLevel divisionLevel() {
        return DivisionLevel.of(level);
    }
}
