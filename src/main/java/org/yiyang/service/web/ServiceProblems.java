package org.yiyang.service.web;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.yiyang.service.OrderProblem;

/** For every page and API controller of the module: puts a refusal on the form field it names (or the whole form), or into an RFC 9457 problem in the caller's language. */
final class ServiceProblems {

    /** Refusals about the state of things rather than the input: 409. */
    private static final Set<String> CONFLICTS = Set.of("review.error.alreadyReviewed", "review.error.notDone",
            "review.error.complaintAlreadyOpen", "review.error.notAnswerable", "review.error.alreadyClosed",
            "service.error.wrongState", "service.error.idempotencyReused");

    private ServiceProblems() {
    }

    static void reject(BindingResult errors, OrderProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey(), problem.args(), null);
        } else {
            errors.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
        }
    }

    /** 404 for not found (said with {@code notFoundKey}), 409 for a conflict, 422 for bad input. */
    static ProblemDetail detail(OrderProblem problem, MessageSource messages, String notFoundKey) {
        return detail(problem, messages, notFoundKey, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    static ProblemDetail detail(OrderProblem problem, MessageSource messages, String notFoundKey,
                                HttpStatus badInput) {
        HttpStatus status = problem.isNotFound() ? HttpStatus.NOT_FOUND
                : CONFLICTS.contains(problem.messageKey()) ? HttpStatus.CONFLICT
                : badInput;
        String key = problem.isNotFound() ? notFoundKey : problem.messageKey();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text(messages, key, problem.args()));
        if (problem.field() != null) {
            detail.setProperty("field", problem.field());
        }
        detail.setProperty("code", key);
        return detail;
    }

    /** The problem's message with its arguments, in the viewer's language. */
    static String text(MessageSource messages, OrderProblem problem) {
        return text(messages, problem.messageKey(), problem.args());
    }

    private static String text(MessageSource messages, String key, Object[] args) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {key}, args, key),
                LocaleContextHolder.getLocale());
    }
}
