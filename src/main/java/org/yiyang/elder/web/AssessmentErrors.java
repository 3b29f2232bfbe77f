package org.yiyang.elder.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.ElderProblem;

/**
 * An assessment or elder outside the viewer's division is "not found", exactly like one that does not exist.
 * Any other problem that reaches here is a request the state of the assessment does not allow (409).
 */
@ControllerAdvice(assignableTypes = {AssessmentPageController.class, AssessmentListController.class})
class AssessmentErrors {

    @ExceptionHandler(AssessmentProblem.class)
    String assessmentProblem(AssessmentProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.isNotFound() ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("messageKey", problem.issues().get(0).messageKey());
        return "elder/assessment-not-found";
    }

    @ExceptionHandler(ElderProblem.class)
    String elderProblem(ElderProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("messageKey", problem.messageKey());
        return "elder/assessment-not-found";
    }
}
