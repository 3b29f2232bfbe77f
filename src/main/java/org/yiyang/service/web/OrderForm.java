package org.yiyang.service.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderRequest;

/** The confirm step's form, as typed: every field a String so that nothing typed is lost on an error. */
record OrderForm(String elderId, String offeringId, String start, String quantity, String note, String idempotencyKey) {

    OrderRequest toRequest() {
        return new OrderRequest(number(elderId, "elderId"), number(offeringId, "offeringId"), startTime(),
                (int) number(quantity == null || quantity.isBlank() ? "1" : quantity, "quantity"), note);
    }

    private LocalDateTime startTime() {
        try {
            return LocalDateTime.parse(start);
        } catch (DateTimeParseException | NullPointerException e) {
            throw OrderProblem.of("start", "service.error.noSuchSlot");
        }
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw OrderProblem.of(field, "service.error.number");
        }
    }
}
