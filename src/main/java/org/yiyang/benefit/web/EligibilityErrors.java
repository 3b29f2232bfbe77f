package org.yiyang.benefit.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.yiyang.benefit.BenefitProblem;

/**
 * On the eligibility pages an elder or programme the viewer may not see is "not found", exactly like one that
 * does not exist; any other refusal is said on a page of its own with its status (409 conflict, 422 bad input).
 */
@ControllerAdvice(assignableTypes = {ElderEligibilityController.class, WhatIfController.class,
        ProposalController.class, EligibilityRunController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EligibilityErrors {

    static final String PROBLEM = "benefit/eligibility-problem";

    @ExceptionHandler(BenefitProblem.class)
    ModelAndView problem(BenefitProblem problem, Model model) {
        ModelAndView page = new ModelAndView(PROBLEM);
        page.addObject("messageKey", problem.isNotFound() ? "eligibility.error.notFound" : problem.messageKey());
        page.addObject("args", problem.args());
        page.setStatus(problem.isNotFound() ? HttpStatus.NOT_FOUND
                : problem.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}
