package org.yiyang.elder.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.elder.ElderProblem;

/** An elder outside the viewer's division is "not found", exactly like one that does not exist. */
@ControllerAdvice(assignableTypes = ElderPageController.class)
class ElderErrors {

    @ExceptionHandler(ElderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ElderProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "elder/not-found";
    }
}
