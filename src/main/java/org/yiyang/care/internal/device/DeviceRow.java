package org.yiyang.care.internal.device;

import java.time.Instant;

/** A device in the registry lists. {@code online} is false for a device never heard from. */
public record DeviceRow(long id, String code, DeviceKind kind, long elderId, Long bedId, String divisionCode,
                        String placement, boolean online, Instant lastSeenAt, boolean hasFence, Integer fenceRadiusMetres,
                        Instant registeredAt, Instant retiredAt, String retireReason) {

    public boolean retired() {
        return retiredAt != null;
    }

    /** ONLINE, OFFLINE, NEVER_SEEN or RETIRED: the message key suffix of the status column. */
    public String status() {
        if (retired()) {
            return "RETIRED";
        }
        if (lastSeenAt == null) {
            return "NEVER_SEEN";
        }
        return online ? "ONLINE" : "OFFLINE";
    }
}
