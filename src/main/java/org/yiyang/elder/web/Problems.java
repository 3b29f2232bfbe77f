package org.yiyang.elder.web;

import org.springframework.validation.BindingResult;
import org.yiyang.elder.ElderProblem;

/** Puts a registry problem on the form field it names, or on the whole form. */
final class Problems {

    private Problems() {
    }

    static void reject(BindingResult errors, ElderProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey());
        } else {
            errors.rejectValue(problem.field(), problem.messageKey());
        }
    }
}
