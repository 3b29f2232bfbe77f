package org.yiyang.benefit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Payees;
import org.yiyang.identity.CurrentViewer;

/**
 * An elder's bank account for cash allowances (收款账户): shown masked, replaced by typing the number anew, and
 * revealed in full only on request, which the audit trail records.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ADMIN')")
class PayeePageController {

    static final String PAGE = "benefit/payee";

    private final Payees payees;
    private final CurrentViewer currentViewer;

    PayeePageController(Payees payees, CurrentViewer currentViewer) {
        this.payees = payees;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/benefit/elders/{elderId}/payee")
    String page(@PathVariable long elderId, Model model) {
        var view = payees.view(currentViewer.require(), elderId);
        model.addAttribute("view", view);
        model.addAttribute("form", PayeeForm.of(view));
        return PAGE;
    }

    @PostMapping("/benefit/elders/{elderId}/payee")
    String save(@PathVariable long elderId, @ModelAttribute("form") PayeeForm form, Model model,
                RedirectAttributes redirect) {
        var viewer = currentViewer.require();
        try {
            payees.save(viewer, elderId, form.draft());
            redirect.addFlashAttribute("notice", "ledger.payee.saved");
            return "redirect:/benefit/elders/" + elderId + "/payee";
        } catch (BenefitProblem problem) {
            rethrowNotFound(problem);
            model.addAttribute("view", payees.view(viewer, elderId));
            model.addAttribute("form", form.withoutNumber());
            model.addAttribute("refusal", problem);
            return PAGE;
        }
    }

    @PostMapping("/benefit/elders/{elderId}/payee/reveal")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    String reveal(@PathVariable long elderId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("fullAccount", payees.revealAccount(viewer, elderId));
        var view = payees.view(viewer, elderId);
        model.addAttribute("view", view);
        model.addAttribute("form", PayeeForm.of(view));
        return htmx != null ? PAGE + " :: account" : PAGE;
    }

    static void rethrowNotFound(BenefitProblem problem) {
        if (problem.isNotFound()) {
            throw problem;
        }
    }
}
