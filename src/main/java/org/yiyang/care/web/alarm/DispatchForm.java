package org.yiyang.care.web.alarm;

import org.yiyang.care.internal.alarm.DispatchMethod;

/** Help sent: how, a reference (the urgent order's number, the 120 call's number), a note. */
record DispatchForm(DispatchMethod method, String reference, String note) {
}
