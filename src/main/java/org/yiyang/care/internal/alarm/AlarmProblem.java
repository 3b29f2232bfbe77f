package org.yiyang.care.internal.alarm;

import org.yiyang.care.internal.CareProblem;

/**
 * A request about an alarm that cannot be carried out; nothing was changed. {@link #field()} names the form field
 * when one is at fault; the key and its arguments explain it in the user's language.
 */
public class AlarmProblem extends CareProblem {

    private static final String NOT_FOUND = "alarm.error.notFound";

    AlarmProblem(String field, String messageKey, Object... args) {
        super(field, messageKey, NOT_FOUND.equals(messageKey), args);
    }

    public static AlarmProblem notFound() {
        return new AlarmProblem(null, NOT_FOUND);
    }

    static AlarmProblem unknownElder() {
        return new AlarmProblem(null, "alarm.error.unknownElder");
    }

    static AlarmProblem alreadyClosed() {
        return new AlarmProblem(null, "alarm.error.closed");
    }

    static AlarmProblem takenBy(String name) {
        return new AlarmProblem(null, "alarm.error.takenBy", name);
    }

    static AlarmProblem notAcknowledged() {
        return new AlarmProblem(null, "alarm.error.notAcknowledged");
    }

    static AlarmProblem required(String field) {
        return new AlarmProblem(field, "alarm.error.required." + field);
    }

    static AlarmProblem tooLong(String field, int max) {
        return new AlarmProblem(field, "alarm.error.tooLong", max);
    }

    static AlarmProblem operatorsOnly() {
        return new AlarmProblem("offeringId", "alarm.error.operatorsOnly");
    }

    /** The service module refused the urgent order; its reason, about the chosen offering. */
    static AlarmProblem orderRefused(String messageKey, Object[] args) {
        return new AlarmProblem("offeringId", messageKey, args);
    }

    static AlarmProblem readOnly() {
        return new AlarmProblem(null, "alarm.error.readOnly");
    }

}
