package org.yiyang.service.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.service.OrderProblem;

/** A complaint the viewer may not see is "not found", exactly like one that does not exist, on a complaint page. */
@ControllerAdvice(assignableTypes = ComplaintPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplaintErrors {

    @ExceptionHandler(OrderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(OrderProblem problem, Model model) {
        model.addAttribute("messageKey", "review.error.complaintNotFound");
        return "service/complaint-not-found";
    }
}
