package org.yiyang.hotline.web;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.hotline.internal.CareCallList;
import org.yiyang.hotline.internal.CareCallOutcomes;
import org.yiyang.hotline.internal.CareCallStatus;
import org.yiyang.hotline.internal.CareOutcome;
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ChinaTime;

/** The operator's care calls (巡访关爱) of the day: the list, generating it, and recording how each call went. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class CareCallController {

    static final String VIEW = "hotline/care";
    static final int PAGE_SIZE = 20;

    private final CareCallList lists;
    private final CareCallOutcomes outcomes;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;
    private final Clock clock;

    CareCallController(CareCallList lists, CareCallOutcomes outcomes, CurrentViewer currentViewer,
                       MessageSource messages, Clock clock) {
        this.lists = lists;
        this.outcomes = outcomes;
        this.currentViewer = currentViewer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/hotline/care")
    String list(@RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        fill(currentViewer.require(), Math.max(0, page), model);
        return htmx == null ? VIEW : VIEW + " :: rows";
    }

    @PostMapping("/hotline/care/generate")
    String generate(RedirectAttributes redirect) {
        int created = lists.generate(currentViewer.require(), ChinaTime.today(clock));
        redirect.addFlashAttribute("generated", created);
        return "redirect:/hotline/care";
    }

    @PostMapping("/hotline/care/{id}/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) CareOutcome outcome,
                   @RequestParam(defaultValue = "") String notes, Model model, RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            var recorded = outcomes.record(viewer, id, outcome, notes);
            if (recorded.callId() != null) {
                redirect.addFlashAttribute("notice", "hotline.done.careNeedsHelp");
                return "redirect:/hotline/calls/" + recorded.callId();
            }
            redirect.addFlashAttribute("notice", recorded.status() == CareCallStatus.ESCALATED
                    ? "hotline.done.careEscalated" : recorded.status() == CareCallStatus.RETRY
                    ? "hotline.done.careRetry" : "hotline.done.careDone");
            return "redirect:/hotline/care";
        } catch (HotlineProblem problem) {
            if (FormError.notFound(problem)) {
                throw problem;
            }
            model.addAttribute("error", FormError.of("care-" + id, problem, messages));
            fill(viewer, 0, model);
            return VIEW;
        }
    }

    private void fill(Viewer viewer, int page, Model model) {
        model.addAttribute("result", lists.open(viewer, page, PAGE_SIZE));
        model.addAttribute("finished", lists.finishedToday(viewer, 20));
        model.addAttribute("outcomes", CareOutcome.values());
        model.addAttribute("now", clock.instant());
    }
}
