package org.yiyang.hotline.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.hotline.internal.HotlineProblem;

/** Pages: a call, care call or request of another division is "not found", exactly like one that does not exist. */
@ControllerAdvice(assignableTypes = {ConsoleController.class, CallActionController.class, CallLogController.class,
        CareCallController.class, CareScheduleController.class, VisitRequestController.class,
        TicketController.class})
class HotlinePageErrors {

    static final String NOT_FOUND = "hotline/not-found";

    @ExceptionHandler(HotlineProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HotlineProblem problem, Model model) {
        model.addAttribute("messageKey", "hotline.error.notFound");
        return NOT_FOUND;
    }
}
