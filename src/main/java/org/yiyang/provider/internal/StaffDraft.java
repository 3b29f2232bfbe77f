package org.yiyang.provider.internal;

import org.yiyang.provider.StaffRole;

/** A roster entry as entered, before validation. {@code phone} is personal data (stored encrypted). */
public record StaffDraft(String name, StaffRole role, String qualification, String certificateNumber, String phone,
                         boolean preJobTrained) {
}
