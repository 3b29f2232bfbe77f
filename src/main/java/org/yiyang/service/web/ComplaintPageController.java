package org.yiyang.service.web;

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
import org.yiyang.service.ComplaintQuery;
import org.yiyang.service.ComplaintStatus;
import org.yiyang.service.Complaints;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.Reviews;

/**
 * Complaint pages: the list each role may see (escalated first), one complaint with the provider's answer form
 * and the close form, and filing a complaint about an order. A refused form is shown again with what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('ELDER','FAMILY','OPERATOR','PROVIDER_ADMIN','REGULATOR','ADMIN')")
class ComplaintPageController {

    static final String LIST = "service/complaint-list";
    static final String DETAIL = "service/complaint";
    static final String FORM = "service/complaint-form";
    static final int PAGE_SIZE = 20;

    private final Complaints complaints;
    private final Reviews reviews;
    private final OrderDesk desk;
    private final CurrentViewer currentViewer;

    ComplaintPageController(Complaints complaints, Reviews reviews, OrderDesk desk, CurrentViewer currentViewer) {
        this.complaints = complaints;
        this.reviews = reviews;
        this.desk = desk;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/complaints")
    String list(@RequestParam(required = false) ComplaintStatus status, @RequestParam(required = false) Long provider,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("result", complaints.list(viewer, new ComplaintQuery(status, provider), page, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("provider", provider);
        model.addAttribute("statuses", ComplaintStatus.values());
        if (viewer.is(Role.PROVIDER_ADMIN)) {
            try {
                model.addAttribute("own", reviews.ownRatings(viewer));
            } catch (OrderProblem noProvider) {
                model.addAttribute("own", null);
            }
        }
        return htmx == null ? LIST : LIST + " :: rows";
    }

    @GetMapping("/complaints/{id}")
    String complaint(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                     Model model) {
        return detail(id, htmx, model);
    }

    @PostMapping("/complaints/{id}/answer")
    @PreAuthorize("hasRole('PROVIDER_ADMIN')")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String response,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        try {
            complaints.answer(currentViewer.require(), id, response);
            redirect.addFlashAttribute("notice", "review.done.answered");
            return "redirect:/complaints/" + id;
        } catch (OrderProblem problem) {
            rethrowNotFound(problem);
            model.addAttribute("answerProblem", problem);
            model.addAttribute("response", response);
            return detail(id, htmx, model);
        }
    }

    @PostMapping("/complaints/{id}/close")
    @PreAuthorize("hasAnyRole('ELDER','FAMILY','OPERATOR','REGULATOR','ADMIN')")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
                 @RequestParam(defaultValue = "") String satisfied,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect) {
        try {
            complaints.close(currentViewer.require(), id, outcome, satisfied(satisfied));
            redirect.addFlashAttribute("notice", "review.done.closed");
            return "redirect:/complaints/" + id;
        } catch (OrderProblem problem) {
            rethrowNotFound(problem);
            model.addAttribute("closeProblem", problem);
            model.addAttribute("outcome", outcome);
            model.addAttribute("satisfied", satisfied);
            return detail(id, htmx, model);
        }
    }

    @GetMapping("/orders/{id}/complaint")
    @PreAuthorize("hasAnyRole('ELDER','FAMILY','OPERATOR')")
    String fileForm(@PathVariable long id, Model model) {
        model.addAttribute("text", "");
        return fileForm(currentViewer.require(), id, model);
    }

    @PostMapping("/orders/{id}/complaint")
    @PreAuthorize("hasAnyRole('ELDER','FAMILY','OPERATOR')")
    String file(@PathVariable long id, @RequestParam(defaultValue = "") String text, Model model,
                RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            long complaintId = complaints.file(viewer, id, text);
            redirect.addFlashAttribute("notice", "review.done.filed");
            return "redirect:/complaints/" + complaintId;
        } catch (OrderProblem problem) {
            rethrowNotFound(problem);
            model.addAttribute("problem", problem);
            model.addAttribute("text", text);
            return fileForm(viewer, id, model);
        }
    }

    private String fileForm(Viewer viewer, long orderId, Model model) {
        model.addAttribute("order", desk.find(viewer, orderId).orElseThrow(OrderProblem::notFound));
        return FORM;
    }

    private String detail(long id, String htmx, Model model) {
        model.addAttribute("view", complaints.find(currentViewer.require(), id).orElseThrow(OrderProblem::notFound));
        return htmx == null ? DETAIL : DETAIL + " :: panel";
    }

    private static void rethrowNotFound(OrderProblem problem) {
        if (problem.isNotFound()) {
            throw problem;
        }
    }

    /** "true" / "false" from the form's radio buttons; anything else (not answered) is unknown. */
    static Boolean satisfied(String value) {
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
