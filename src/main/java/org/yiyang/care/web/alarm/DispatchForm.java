package org.yiyang.care.web.alarm;

import org.yiyang.care.internal.alarm.DispatchMethod;

/**
 * Help sent: how, a reference (the 120 call's number, a caregiver called directly), a note; or, for a caregiver, the
 * offering whose provider gets an urgent order, with the form's key so that a double submit is one order.
 */
record DispatchForm(DispatchMethod method, String reference, String note, Long offeringId, String key) {

    boolean urgentOrder() {
        return method == DispatchMethod.CAREGIVER && offeringId != null;
    }
}
