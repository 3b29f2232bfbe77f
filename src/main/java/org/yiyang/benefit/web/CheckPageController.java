package org.yiyang.benefit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BenefitChecks;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.CheckRun;
import org.yiyang.benefit.FlagKind;
import org.yiyang.benefit.FlagQuery;
import org.yiyang.benefit.FlagStatus;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/**
 * The checks' findings (稽核) for a regulator: open ones by default, by kind, within the viewer's division; each
 * confirmed or dismissed with a note; and a button that runs the checks now.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
class CheckPageController {

    static final String LIST = "benefit/checks";
    static final int PAGE_SIZE = 20;

    private final BenefitChecks checks;
    private final CurrentViewer currentViewer;

    CheckPageController(BenefitChecks checks, CurrentViewer currentViewer) {
        this.checks = checks;
        this.currentViewer = currentViewer;
    }

    /** {@code status} absent: the open findings; empty: every status. */
    @GetMapping("/benefit/checks")
    String list(@RequestParam(required = false) FlagKind kind, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model(currentViewer.require(), kind, status(status), page, model);
        return htmx == null ? LIST : LIST + " :: rows";
    }

    @PostMapping("/benefit/checks/run")
    String run(RedirectAttributes redirect) {
        CheckRun run = checks.run(currentViewer.require());
        redirect.addFlashAttribute("ran", run);
        return "redirect:/benefit/checks";
    }

    @PostMapping("/benefit/checks/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
                   RedirectAttributes redirect) {
        return review(id, note, true, model, redirect);
    }

    @PostMapping("/benefit/checks/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
                   RedirectAttributes redirect) {
        return review(id, note, false, model, redirect);
    }

    private String review(long id, String note, boolean confirm, Model model, RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            if (confirm) {
                checks.confirm(viewer, id, note);
            } else {
                checks.dismiss(viewer, id, note);
            }
            redirect.addFlashAttribute("notice", confirm ? "ledger.check.confirmed" : "ledger.check.dismissed");
            return "redirect:/benefit/checks";
        } catch (BenefitProblem problem) {
            PayeePageController.rethrowNotFound(problem);
            model.addAttribute("refusal", problem);
            model.addAttribute("refusedFlag", id);
            model.addAttribute("note", note);
            model(viewer, null, FlagStatus.OPEN, 0, model);
            return LIST;
        }
    }

    private void model(Viewer viewer, FlagKind kind, FlagStatus status, int page, Model model) {
        model.addAttribute("result", checks.list(viewer, new FlagQuery(kind, status), page, PAGE_SIZE));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("kinds", FlagKind.values());
        model.addAttribute("statuses", FlagStatus.values());
    }

    private static FlagStatus status(String status) {
        if (status == null) {
            return FlagStatus.OPEN;
        }
        try {
            return status.isBlank() ? null : FlagStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            return FlagStatus.OPEN;
        }
    }
}
