package org.yiyang.provider.web;

import org.springframework.validation.BindingResult;
import org.yiyang.provider.ProviderProblem;

/** Puts a provider problem on the form field it names, or on the whole form. */
final class Rejections {

    private Rejections() {
    }

    static void reject(BindingResult errors, ProviderProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey());
        } else {
            errors.rejectValue(problem.field(), problem.messageKey());
        }
    }
}
