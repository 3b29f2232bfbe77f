package org.yiyang.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.internal.AccountProblem;
import org.yiyang.identity.internal.OwnAccount;
import org.yiyang.identity.internal.PasswordChangeGate;

@Controller
class PasswordController {

    static final String VIEW = "identity/password";

    private final OwnAccount ownAccount;
    private final CurrentViewer currentViewer;

    PasswordController(OwnAccount ownAccount, CurrentViewer currentViewer) {
        this.ownAccount = ownAccount;
        this.currentViewer = currentViewer;
    }

    record PasswordForm(@NotBlank(message = "{identity.form.required}") String currentPassword,
                        @NotBlank(message = "{identity.form.required}") String newPassword,
                        @NotBlank(message = "{identity.form.required}") String confirmPassword) {
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return VIEW;
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, HttpServletRequest request,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "identity.password.mismatch");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            ownAccount.changePassword(currentViewer.require(), form.currentPassword(), form.newPassword());
        } catch (AccountProblem problem) {
            errors.rejectValue(problem.field(), problem.messageKey());
            return VIEW;
        }
        PasswordChangeGate.passed(request);
        redirect.addFlashAttribute("notice", "identity.password.changed");
        return "redirect:/";
    }
}
