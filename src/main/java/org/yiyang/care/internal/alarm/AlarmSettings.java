package org.yiyang.care.internal.alarm;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yiyang.shared.DivisionCode;

/**
 * Escalation settings (docs/care-alarms.md). An alarm nobody acknowledged within {@code acknowledgeWithin} of its
 * raise (or of its last escalation) escalates one level, up to {@code maxLevel}. The desk that handles an alarm
 * sits at division level {@code deskLevel} (3 = banner/county, the 12349 desk); escalation level n goes to the
 * division n levels above it (the league/city desk, then the region), never above the region.
 */
@Component
public class AlarmSettings {

    private static final int[] PREFIX_LENGTH = {0, 2, 4, 6, 9, 12};

    private final Duration acknowledgeWithin;
    private final int maxLevel;
    private final int deskLevel;

    AlarmSettings(@Value("${yiyang.care.alarm.acknowledge-within:2m}") Duration acknowledgeWithin,
                  @Value("${yiyang.care.alarm.max-escalation-level:2}") int maxLevel,
                  @Value("${yiyang.care.alarm.desk-level:3}") int deskLevel) {
        if (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero() || maxLevel < 0 || deskLevel < 1
                || deskLevel > 5) {
            throw new IllegalArgumentException("yiyang.care.alarm settings out of range");
        }
        this.acknowledgeWithin = acknowledgeWithin;
        this.maxLevel = maxLevel;
        this.deskLevel = deskLevel;
    }

    public Duration acknowledgeWithin() {
        return acknowledgeWithin;
    }

    public int maxLevel() {
        return maxLevel;
    }

    /** The supervising division for escalation {@code level} of an alarm in {@code division}. */
    public DivisionCode supervisorOf(DivisionCode division, int level) {
        int desk = Math.min(deskLevel, division.level());
        return ancestorAt(division, Math.max(1, desk - level));
    }

    static DivisionCode ancestorAt(DivisionCode division, int level) {
        int length = PREFIX_LENGTH[Math.min(level, division.level())];
        return DivisionCode.of(division.value().substring(0, length) + "0".repeat(12 - length));
    }
}
