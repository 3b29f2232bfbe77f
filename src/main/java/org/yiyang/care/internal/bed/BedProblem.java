package org.yiyang.care.internal.bed;

import java.util.List;

/**
 * A request about a family care bed that is refused, with the message key (and arguments) that tells the user
 * why and the form field it concerns, if any. Nothing has been changed when it is thrown.
 */
public class BedProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;
    private final boolean notFound;

    private BedProblem(String field, String messageKey, boolean notFound, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
        this.notFound = notFound;
    }

    public static BedProblem of(String field, String messageKey, Object... args) {
        return new BedProblem(field, messageKey, false, args);
    }

    /** A bed that does not exist or that the viewer may not see: the same answer for both. */
    public static BedProblem notFound() {
        return new BedProblem(null, "carebed.error.notFound", true);
    }

    public static BedProblem wrongState(org.yiyang.care.CareBedStatus status) {
        return new BedProblem(null, "carebed.error.wrongState", false,
                new org.springframework.context.support.DefaultMessageSourceResolvable(status.messageKey()));
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
        return notFound;
    }
}
