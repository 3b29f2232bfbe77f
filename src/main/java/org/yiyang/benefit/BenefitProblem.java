package org.yiyang.benefit;

import java.util.List;

/**
 * A request the benefit module refuses, with the message key (and arguments) that tells the user why and the
 * form field it concerns, if any. Nothing has been changed when it is thrown. A conflict is about the state of
 * things (already paid, no longer a draft) rather than the input.
 */
public class BenefitProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;
    private final Kind kind;

    private BenefitProblem(Kind kind, String field, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /** Bad input, on {@code field} (or the whole form when null). */
    public static BenefitProblem of(String field, String messageKey, Object... args) {
        return new BenefitProblem(Kind.INVALID, field, messageKey, args);
    }

    /** The request is fine but the state of things does not allow it. */
    public static BenefitProblem conflict(String messageKey, Object... args) {
        return new BenefitProblem(Kind.CONFLICT, null, messageKey, args);
    }

    public static BenefitProblem notFound() {
        return new BenefitProblem(Kind.NOT_FOUND, null, "benefit.error.notFound");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    public boolean isNotFound() {
        return kind == Kind.NOT_FOUND;
    }

    public boolean isConflict() {
        return kind == Kind.CONFLICT;
    }

    private enum Kind { INVALID, CONFLICT, NOT_FOUND }
}
