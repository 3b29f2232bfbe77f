package org.yiyang.benefit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.EligibilityRunSummary;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/** The eligibility runs (免申即享) a regulator sees, newest first, and the button that runs eligibility now. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class EligibilityRunController {

    static final String RUNS = "benefit/eligibility-runs";
    static final int PAGE_SIZE = 20;

    private final Eligibility eligibility;
    private final CurrentViewer currentViewer;

    EligibilityRunController(Eligibility eligibility, CurrentViewer currentViewer) {
        this.eligibility = eligibility;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/benefit/eligibility")
    String runs(@RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("result", eligibility.runs(viewer, page, PAGE_SIZE));
        model.addAttribute("everything", viewer.is(Role.ADMIN) || viewer.division().level() == 1);
        return htmx == null ? RUNS : RUNS + " :: rows";
    }

    @PostMapping("/benefit/eligibility/run")
    String runNow(RedirectAttributes redirect) {
        try {
            EligibilityRunSummary run = eligibility.runNow(currentViewer.require());
            redirect.addFlashAttribute("ran", run);
        } catch (BenefitProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/benefit/eligibility";
    }
}
