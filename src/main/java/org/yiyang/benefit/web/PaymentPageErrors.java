package org.yiyang.benefit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.yiyang.benefit.BenefitProblem;

/**
 * The payee, payment file and check pages: a refusal no form can show (an elder, file or finding the viewer may not
 * see is "not found", exactly like one that does not exist) becomes the error page with its status.
 */
@ControllerAdvice(assignableTypes = {PayeePageController.class, PaymentFilePageController.class, CheckPageController.class})
class PaymentPageErrors {

    @ExceptionHandler(BenefitProblem.class)
    String problem(BenefitProblem problem, Model model, HttpServletResponse response) {
        int status = problem.isNotFound() ? 404 : problem.isConflict() ? 409 : 400;
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
