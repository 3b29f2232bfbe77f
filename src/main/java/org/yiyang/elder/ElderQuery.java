package org.yiyang.elder;

import java.util.Set;

/**
 * Filters of the registry list. {@code text} is a name fragment, a full ID number or a phone number;
 * every filter is optional and the viewer's division always applies.
 */
public record ElderQuery(String text, String divisionCode, SpecialCategory category, AgeBand ageBand,
                         LivingSituation livingSituation, CapabilityLevel capabilityLevel, ElderStatus status) {

    public static ElderQuery all() {
        return new ElderQuery(null, null, null, null, null, null, ElderStatus.ACTIVE);
    }
}
