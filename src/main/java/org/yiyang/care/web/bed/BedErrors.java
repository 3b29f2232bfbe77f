package org.yiyang.care.web.bed;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.yiyang.care.internal.bed.BedProblem;

/**
 * A bed the viewer may not see is "not found", exactly like one that does not exist; a step the bed's status does
 * not allow (an old page, a second tab) is answered with the reason.
 */
@ControllerAdvice(basePackageClasses = BedErrors.class)
class BedErrors {

    static final String PROBLEM = "care/bed/problem";

    @ExceptionHandler(BedProblem.class)
    String problem(BedProblem problem, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(problem.isNotFound() ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("problem", problem);
        return PROBLEM;
    }
}
