package org.yiyang.care.internal;

import java.util.List;

/**
 * A request about a care bed, a device or an alarm that cannot be carried out; nothing was changed. {@link #field()}
 * names the form field at fault (null for the whole request); the key and its arguments explain it in the user's
 * language. "Not found" also stands for "outside the viewer's division", so that the two cannot be told apart.
 */
public abstract class CareProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;
    private final boolean notFound;

    protected CareProblem(String field, String messageKey, boolean notFound, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
        this.notFound = notFound;
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
