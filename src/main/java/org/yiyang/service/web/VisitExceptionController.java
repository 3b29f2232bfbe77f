package org.yiyang.service.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.VisitReasonCode;
import org.yiyang.service.VisitReviewStatus;
import org.yiyang.service.Visits;

/**
 * The exception queue (异常核验): a provider administrator explains its own visits' exceptions with a reason code;
 * a regulator or administrator reviews those of their division. Bad input shows the list again with the reason
 * next to the row and what was typed kept.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVIDER_ADMIN','REGULATOR','ADMIN')")
class VisitExceptionController {

    static final String LIST = "service/visit-exceptions";
    static final String ROWS = LIST + " :: rows";
    static final int PAGE_SIZE = 20;

    private final Visits visits;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    VisitExceptionController(Visits visits, CurrentViewer currentViewer, MessageSource messages) {
        this.visits = visits;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @GetMapping("/visit-exceptions")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        fill(model, currentViewer.require(), status(status), page);
        return htmx != null ? ROWS : LIST;
    }

    @PostMapping("/visit-exceptions/{id}/explain")
    String explain(@PathVariable long id, @RequestParam(required = false) String reasonCode,
                   @RequestParam(required = false) String explanation, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        Viewer viewer = currentViewer.require();
        try {
            visits.explain(viewer, id, reason(reasonCode), explanation);
        } catch (OrderProblem problem) {
            return again(problem, id, model, viewer, response, reasonCode, explanation);
        }
        redirect.addFlashAttribute("notice", "visit.notice.explained");
        return "redirect:/visit-exceptions";
    }

    @PostMapping("/visit-exceptions/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Viewer viewer = currentViewer.require();
        try {
            if (!"ACCEPT".equals(decision) && !"REJECT".equals(decision)) {
                throw OrderProblem.of("decision", "visit.error.decision");
            }
            visits.review(viewer, id, "ACCEPT".equals(decision), note);
        } catch (OrderProblem problem) {
            return again(problem, id, model, viewer, response, null, note);
        }
        redirect.addFlashAttribute("notice", "visit.notice.reviewed");
        return "redirect:/visit-exceptions";
    }

    private String again(OrderProblem problem, long id, Model model, Viewer viewer, HttpServletResponse response,
                         String reasonCode, String text) {
        if (problem.isNotFound()) {
            throw problem;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("visitProblem", ServiceProblems.text(messages, problem));
        model.addAttribute("problemRow", id);
        model.addAttribute("keptReason", reasonCode);
        model.addAttribute("keptText", text);
        fill(model, viewer, null, 0);
        return LIST;
    }

    private void fill(Model model, Viewer viewer, VisitReviewStatus status, int page) {
        model.addAttribute("result", visits.exceptions(viewer, status, page, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(VisitReviewStatus.values()));
        model.addAttribute("reasons", List.of(VisitReasonCode.values()));
        model.addAttribute("provider", viewer.is(Role.PROVIDER_ADMIN));
        model.addAttribute("regulator", viewer.is(Role.REGULATOR) || viewer.is(Role.ADMIN));
    }

    private static VisitReviewStatus status(String text) {
        try {
            return text == null || text.isBlank() ? null : VisitReviewStatus.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static VisitReasonCode reason(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return VisitReasonCode.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw OrderProblem.of("reasonCode", "visit.error.reasonRequired");
        }
    }
}
