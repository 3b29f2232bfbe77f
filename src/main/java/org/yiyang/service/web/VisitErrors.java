package org.yiyang.service.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.yiyang.service.OrderProblem;

/**
 * A visit the viewer has no part in is "not found", exactly like one that does not exist; any other problem that
 * reaches here is a step the order's status does not allow (409). Pages with a form catch their own problems.
 * Ordered before the module's {@code ServiceErrors}, which answers every problem as "not found".
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = {VisitPageController.class, VisitRecordController.class,
        VisitExceptionController.class})
class VisitErrors {

    static final String PROBLEM = "service/visit-problem";

    private final MessageSource messages;

    VisitErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OrderProblem.class)
    String problem(OrderProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.isNotFound() ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("problemText", ServiceProblems.text(messages, problem));
        return PROBLEM;
    }
}
