package org.yiyang.benefit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.yiyang.benefit.BenefitProblem;

/**
 * Programme and rule pages: a programme or version the viewer may not see is "not found", exactly like one that
 * does not exist (404); one the viewer may only read cannot be opened for editing (409).
 */
@ControllerAdvice(assignableTypes = {ProgrammeController.class, RuleController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeErrors {

    static final String PROBLEM = "benefit/programme-problem";

    @ExceptionHandler(BenefitProblem.class)
    String problem(BenefitProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.isNotFound() ? HttpServletResponse.SC_NOT_FOUND
                : problem.isConflict() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problemKey", problem.messageKey());
        model.addAttribute("problemArgs", problem.args());
        return PROBLEM;
    }
}
