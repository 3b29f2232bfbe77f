package org.yiyang.region.web;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.yiyang.region.DivisionNotFound;

/** Unknown or malformed division codes in any JSON API: 404 problem details in the caller's language. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class DivisionErrors {

    private final MessageSource messages;

    DivisionErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DivisionNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DivisionNotFound e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(e.messageKey(), new Object[] {e.code()}, locale));
        problem.setTitle(messages.getMessage("region.error.title", null, locale));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
