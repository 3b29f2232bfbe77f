package org.yiyang.provider.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.provider.ProviderProblem;

/** A provider or staff member that does not exist gets the not-found page. */
@ControllerAdvice(assignableTypes = {ProviderAdminController.class, StaffController.class})
class ManagementErrors {

    @ExceptionHandler(ProviderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ProviderProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "provider/not-found";
    }
}
