package org.yiyang.care.web.alarm;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.care.internal.alarm.AlarmProblem;

/** An alarm outside the viewer's division is "not found", exactly like one that does not exist. */
@ControllerAdvice(assignableTypes = {AlarmController.class, AlarmDeskController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlarmErrors {

    @ExceptionHandler(AlarmProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(AlarmProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "care/alarm/not-found";
    }
}
