package org.yiyang.provider.internal;

import org.yiyang.provider.StaffRole;

/** One roster entry as the management pages show it: the phone only masked, the tied account by username. */
public record StaffRow(long id, long providerId, String name, StaffRole role, String qualification,
                       String certificateNumber, String phoneMasked, boolean preJobTrained, boolean active,
                       String accountUsername) {
}
