package org.yiyang.benefit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Eligibility;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.CurrentViewer;

/**
 * An elder's subsidies: what they hold, and for each programme serving their division whether they are eligible
 * and why, condition by condition. For staff of the elder's division, the elder themself and confirmed family.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ADMIN','ELDER','FAMILY')")
class ElderEligibilityController {

    static final String ELDER = "benefit/elder-eligibility";
    static final String EXPLAIN = "benefit/eligibility-explain";

    private final Eligibility eligibility;
    private final ServiceRecipients recipients;
    private final CurrentViewer currentViewer;

    ElderEligibilityController(Eligibility eligibility, ServiceRecipients recipients, CurrentViewer currentViewer) {
        this.eligibility = eligibility;
        this.recipients = recipients;
        this.currentViewer = currentViewer;
    }

    /** An elder's own page, for the home card of an {@code ELDER} account. */
    @GetMapping("/benefit/elders/mine")
    @PreAuthorize("hasRole('ELDER')")
    String mine() {
        long own = recipients.ownElderId(currentViewer.require()).orElseThrow(BenefitProblem::notFound);
        return "redirect:/benefit/elders/" + own;
    }

    @GetMapping("/benefit/elders/{elderId}")
    String elder(@PathVariable long elderId, Model model) {
        model.addAttribute("view", eligibility.ofElder(currentViewer.require(), elderId));
        return ELDER;
    }

    @GetMapping("/benefit/elders/{elderId}/explain")
    String explain(@PathVariable long elderId, @RequestParam long programme, Model model) {
        model.addAttribute("explanation", eligibility.explain(currentViewer.require(), elderId, programme));
        return EXPLAIN;
    }
}
