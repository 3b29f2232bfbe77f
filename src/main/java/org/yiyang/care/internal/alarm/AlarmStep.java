package org.yiyang.care.internal.alarm;

import java.time.Instant;

/**
 * One step of an alarm's timeline. {@code party}/{@code result}: whom a call reached and how, or the dispatch
 * method; {@code level} of an escalation; {@code target} the supervisor division or a dispatch reference;
 * {@code contactId} the emergency contact called or escalated to.
 */
public record AlarmStep(long id, AlarmStepKind kind, Instant at, Long actorAccount, String actorName, String party,
                        String result, Long contactId, Integer level, String target, String note) {

    /** A step to append: everything but the id. */
    static AlarmStep of(AlarmStepKind kind, Instant at, Long actorAccount, String actorName) {
        return new AlarmStep(0, kind, at, actorAccount, actorName, null, null, null, null, null, null);
    }

    AlarmStep with(String party, String result, Long contactId, Integer level, String target, String note) {
        return new AlarmStep(id, kind, at, actorAccount, actorName, party, result, contactId, level, target, note);
    }

    public String partyKey() {
        if (party == null) {
            return null;
        }
        return kind == AlarmStepKind.DISPATCHED ? DispatchMethod.valueOf(party).messageKey()
                : CallParty.valueOf(party).messageKey();
    }

    public String resultKey() {
        return result == null ? null : CallResult.valueOf(result).messageKey();
    }
}
