package org.yiyang.elder.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.elder.ElderProblem;

/**
 * On the family, elder and contact pages an elder one may not act for is "not found", exactly like one that does
 * not exist: a family member learns nothing about elders they are not linked to.
 */
@ControllerAdvice(assignableTypes = {FamilyPageController.class, ElderSelfController.class,
        FamilyLinkDeskController.class, EmergencyContactController.class})
class FamilyErrors {

    @ExceptionHandler(ElderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ElderProblem problem, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return "elder/family-not-found";
    }
}
