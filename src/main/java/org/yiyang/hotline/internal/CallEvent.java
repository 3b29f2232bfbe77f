package org.yiyang.hotline.internal;

import java.time.Instant;

import org.yiyang.shared.PhoneNumber;

/**
 * One event of a telephone call as the telephony system reports it (docs/hotline.md): which call (the system's
 * own id), what happened, the caller's number (null when withheld), the number called, the operator's account
 * (username, which is also the extension's name on the switch; null while the call waits in the queue), when.
 */
public record CallEvent(Kind kind, String callKey, PhoneNumber caller, String called, String operator, Instant at) {

    public enum Kind { RINGING, ANSWERED, ENDED }
}
