package org.yiyang.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.elder.ElderProblem;
import org.yiyang.service.OrderProblem;

/** Pages: an order, offering or elder the viewer may not see is "not found", exactly like one that does not exist. */
@ControllerAdvice(basePackageClasses = ServiceErrors.class)
class ServiceErrors {

    static final String NOT_FOUND = "service/not-found";

    @ExceptionHandler(OrderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String orderProblem(OrderProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return NOT_FOUND;
    }

    @ExceptionHandler(ElderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String elderProblem(ElderProblem problem, Model model) {
        model.addAttribute("messageKey", "service.error.elderNotFound");
        return NOT_FOUND;
    }
}
