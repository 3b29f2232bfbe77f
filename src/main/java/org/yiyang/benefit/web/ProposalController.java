package org.yiyang.benefit.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Eligibility;
import org.yiyang.benefit.ProposalDecision;
import org.yiyang.identity.CurrentViewer;

/**
 * A programme's proposals (待审核) within the regulator's division, a page at a time, approved or declined in bulk.
 * A refused decision (nothing chosen, no reason) shows the page again with what was chosen and typed.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class ProposalController {

    static final String PROPOSALS = "benefit/proposals";
    static final int PAGE_SIZE = 50;

    private final Eligibility eligibility;
    private final CurrentViewer currentViewer;

    ProposalController(Eligibility eligibility, CurrentViewer currentViewer) {
        this.eligibility = eligibility;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/benefit/programmes/{programmeId}/proposals")
    String proposals(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        page(programmeId, page, List.of(), "", model);
        return htmx == null ? PROPOSALS : PROPOSALS + " :: rows";
    }

    @PostMapping("/benefit/programmes/{programmeId}/proposals/approve")
    String approve(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(name = "ids", required = false) List<Long> ids, Model model,
                   RedirectAttributes redirect) {
        try {
            ProposalDecision decision = eligibility.approve(currentViewer.require(), programmeId, orEmpty(ids));
            return decided(programmeId, page, "approved", decision, redirect);
        } catch (BenefitProblem problem) {
            return refused(programmeId, page, ids, "", problem, model);
        }
    }

    @PostMapping("/benefit/programmes/{programmeId}/proposals/decline")
    String decline(@PathVariable long programmeId, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(name = "ids", required = false) List<Long> ids,
                   @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            ProposalDecision decision = eligibility.decline(currentViewer.require(), programmeId, orEmpty(ids), reason);
            return decided(programmeId, page, "declined", decision, redirect);
        } catch (BenefitProblem problem) {
            return refused(programmeId, page, ids, reason, problem, model);
        }
    }

    private static String decided(long programmeId, int page, String what, ProposalDecision decision,
                                  RedirectAttributes redirect) {
        redirect.addFlashAttribute("decided", what);
        redirect.addFlashAttribute("decision", decision);
        return "redirect:/benefit/programmes/" + programmeId + "/proposals?page=" + page;
    }

    private String refused(long programmeId, int page, List<Long> ids, String reason, BenefitProblem problem,
                           Model model) {
        if (problem.isNotFound()) {
            throw problem;
        }
        model.addAttribute("refusal", problem);
        page(programmeId, page, orEmpty(ids), reason, model);
        return PROPOSALS;
    }

    private void page(long programmeId, int page, List<Long> chosen, String reason, Model model) {
        model.addAttribute("result", eligibility.proposals(currentViewer.require(), programmeId, page, PAGE_SIZE));
        model.addAttribute("chosen", chosen);
        model.addAttribute("reason", reason);
    }

    private static List<Long> orEmpty(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
