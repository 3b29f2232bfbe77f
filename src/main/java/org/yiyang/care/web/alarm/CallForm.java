package org.yiyang.care.web.alarm;

import org.yiyang.care.internal.alarm.CallParty;
import org.yiyang.care.internal.alarm.CallResult;

/** A call as recorded on the alarm page: whom (an emergency contact, when called from the list), result, a note. */
record CallForm(CallParty party, Long contact, CallResult result, String note) {
}
