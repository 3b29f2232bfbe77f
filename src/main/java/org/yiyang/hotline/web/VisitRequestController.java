package org.yiyang.hotline.web;

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
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.hotline.internal.VisitRequests;
import org.yiyang.identity.CurrentViewer;

/** Visit requests (上门探访) of the viewer's division: elders nobody reached by phone, for the village to visit. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','REGULATOR','ADMIN')")
class VisitRequestController {

    static final String VIEW = "hotline/visits";
    static final int PAGE_SIZE = 20;

    private final VisitRequests visits;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    VisitRequestController(VisitRequests visits, CurrentViewer currentViewer, MessageSource messages) {
        this.visits = visits;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @GetMapping("/hotline/visits")
    String list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("result", visits.page(currentViewer.require(), open, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("open", open);
        return htmx == null ? VIEW : VIEW + " :: rows";
    }

    @PostMapping("/hotline/visits/{id}/done")
    String done(@PathVariable long id, RedirectAttributes redirect) {
        try {
            visits.markDone(currentViewer.require(), id);
            redirect.addFlashAttribute("notice", "hotline.done.visit");
        } catch (HotlineProblem problem) {
            if (FormError.notFound(problem)) {
                throw problem;
            }
            redirect.addFlashAttribute("visitError", FormError.of("visit", problem, messages).text());
        }
        return "redirect:/hotline/visits";
    }
}
