package org.yiyang.service.web;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.yiyang.service.OrderProblem;

/** Puts a refusal on the form field it names (or the whole form), or into an RFC 9457 problem in the caller's language. */
final class ReviewProblems {

    /** Refusals about the state of things rather than the input: 409. */
    private static final Set<String> CONFLICTS = Set.of("review.error.alreadyReviewed", "review.error.notDone",
            "review.error.complaintAlreadyOpen", "review.error.notAnswerable", "review.error.alreadyClosed",
            "service.error.wrongState");

    private ReviewProblems() {
    }

    static void reject(BindingResult errors, OrderProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey(), problem.args(), null);
        } else {
            errors.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
        }
    }

    static ProblemDetail detail(OrderProblem problem, MessageSource messages, String notFoundKey) {
        HttpStatus status = problem.isNotFound() ? HttpStatus.NOT_FOUND
                : CONFLICTS.contains(problem.messageKey()) ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        String key = problem.isNotFound() ? notFoundKey : problem.messageKey();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, problem.args(), LocaleContextHolder.getLocale()));
        if (problem.field() != null) {
            detail.setProperty("field", problem.field());
        }
        detail.setProperty("code", key);
        return detail;
    }
}
