package org.yiyang.service;

import java.util.List;

/**
 * A request the service module refuses, with the message key (and arguments) that tells the user why and the
 * form field it concerns, if any. Nothing has been changed when it is thrown.
 */
public class OrderProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;
    private final boolean notFound;

    private OrderProblem(String field, String messageKey, boolean notFound, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
        this.notFound = notFound;
    }

    public static OrderProblem of(String field, String messageKey, Object... args) {
        return new OrderProblem(field, messageKey, false, args);
    }

    public static OrderProblem notFound() {
        return new OrderProblem(null, "service.error.notFound", true);
    }

    public static OrderProblem wrongState(OrderStatus status) {
        return new OrderProblem(null, "service.error.wrongState", false,
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
