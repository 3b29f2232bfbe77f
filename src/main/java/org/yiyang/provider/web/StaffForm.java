package org.yiyang.provider.web;

import org.yiyang.provider.StaffRole;
import org.yiyang.provider.internal.StaffDraft;
import org.yiyang.provider.internal.StaffRow;

/** A roster entry as typed. On edit an empty phone keeps the stored one (it is never shown in full). */
record StaffForm(String name, String role, String qualification, String certificateNumber, String phone,
                 String preJobTrained) {

    static StaffForm empty() {
        return new StaffForm("", StaffRole.CAREGIVER.name(), "", "", "", null);
    }

    static StaffForm of(StaffRow s) {
        return new StaffForm(s.name(), s.role().name(), s.qualification() == null ? "" : s.qualification(),
                s.certificateNumber() == null ? "" : s.certificateNumber(), "", Boolean.toString(s.preJobTrained()));
    }

    StaffDraft toDraft() {
        return new StaffDraft(name, ProviderForm.choice("role", role, StaffRole::valueOf), qualification,
                certificateNumber, phone, "true".equals(preJobTrained));
    }
}
