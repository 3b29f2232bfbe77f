package org.yiyang.benefit.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.yiyang.benefit.BenefitProblem;

/** For every page and API controller of the module: a refusal on its form field, or as an RFC 9457 problem in the caller's language. */
final class BenefitProblems {

    private BenefitProblems() {
    }

    static void reject(BindingResult errors, BenefitProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey(), problem.args(), null);
        } else {
            errors.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
        }
    }

    /** 404 not found, 409 conflict, 422 bad input. */
    static ProblemDetail detail(BenefitProblem problem, MessageSource messages) {
        HttpStatus status = problem.isNotFound() ? HttpStatus.NOT_FOUND
                : problem.isConflict() ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text(messages, problem));
        if (problem.field() != null) {
            detail.setProperty("field", problem.field());
        }
        detail.setProperty("code", problem.messageKey());
        return detail;
    }

    static String text(MessageSource messages, BenefitProblem problem) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {problem.messageKey()},
                problem.args(), problem.messageKey()), LocaleContextHolder.getLocale());
    }
}
