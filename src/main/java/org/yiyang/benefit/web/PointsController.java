package org.yiyang.benefit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.PointsAward;
import org.yiyang.benefit.PointsReason;
import org.yiyang.benefit.Wallets;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/** Awarding happiness points (发放幸福积分) to an enrolled elder, by hotline operators, regulators and administrators. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','REGULATOR','ADMIN')")
class PointsController {

    static final String FORM = "benefit/points-award";

    private final Wallets wallets;
    private final CurrentViewer currentViewer;

    PointsController(Wallets wallets, CurrentViewer currentViewer) {
        this.wallets = wallets;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/benefit/points/award")
    String form(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long elder, Model model) {
        model.addAttribute("form", PointsAwardForm.fresh(programme, elder));
        return form(currentViewer.require(), model);
    }

    @PostMapping("/benefit/points/award")
    String award(@ModelAttribute("form") PointsAwardForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            PointsAward award = form.toAward();
            Wallets.Awarded awarded = wallets.awardPoints(viewer, award, form.idempotencyKey());
            redirect.addFlashAttribute("awarded", awarded);
            redirect.addFlashAttribute("awardedPoints", award.points());
            return "redirect:/benefit/points/award?programme=" + award.programmeId();
        } catch (BenefitProblem problem) {
            BenefitProblems.reject(errors, problem);
            return form(viewer, model);
        }
    }

    private String form(Viewer viewer, Model model) {
        model.addAttribute("programmes", wallets.pointsProgrammes(viewer));
        model.addAttribute("reasons", PointsReason.values());
        return FORM;
    }
}
