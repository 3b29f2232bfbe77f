package org.yiyang.region.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.region.DivisionNotFound;

/** Unknown or malformed division codes on any page: a 404 page that says which code and why. */
@ControllerAdvice(annotations = Controller.class)
class DivisionPageErrors {

    @ExceptionHandler(DivisionNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(DivisionNotFound e, Model model) {
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("code", e.code());
        return "region/not-found";
    }
}
