package org.yiyang.hotline.internal;

import java.util.List;

/**
 * A request the hotline refuses: the message key (and arguments) that tells the user why, the form field it
 * concerns if any, and what kind of refusal it is. Nothing has been changed when it is thrown.
 */
public class HotlineProblem extends RuntimeException {

    /** Bad input (400/422), something that does not exist for the viewer (404), or the wrong state (409). */
    public enum Kind { BAD_INPUT, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    private HotlineProblem(Kind kind, String field, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static HotlineProblem badInput(String field, String messageKey, Object... args) {
        return new HotlineProblem(Kind.BAD_INPUT, field, messageKey, args);
    }

    public static HotlineProblem notFound() {
        return new HotlineProblem(Kind.NOT_FOUND, null, "hotline.error.notFound");
    }

    public static HotlineProblem conflict(String messageKey, Object... args) {
        return new HotlineProblem(Kind.CONFLICT, null, messageKey, args);
    }

    public Kind kind() {
        return kind;
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
}
