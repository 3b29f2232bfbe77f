package org.yiyang.service.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderView;
import org.yiyang.service.Review;
import org.yiyang.service.ReviewTag;
import org.yiyang.service.Reviews;

/**
 * The rating form reached from an order page: big star choices usable in elder mode, good and bad tags, a
 * comment. Bad input shows the form again with what was entered and why; nothing is changed.
 */
@Controller
@PreAuthorize("hasAnyRole('ELDER','FAMILY','OPERATOR')")
class ReviewPageController {

    static final String FORM = "service/review-form";
    static final String PANEL = FORM + " :: panel";

    private final Reviews reviews;
    private final OrderDesk desk;
    private final CurrentViewer currentViewer;

    ReviewPageController(Reviews reviews, OrderDesk desk, CurrentViewer currentViewer) {
        this.reviews = reviews;
        this.desk = desk;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/orders/{id}/review")
    String form(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        model.addAttribute("form", ReviewForm.empty());
        return page(currentViewer.require(), id, htmx, model);
    }

    @PostMapping("/orders/{id}/review")
    String review(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult errors,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            Review review = reviews.review(viewer, id, form.toDraft());
            redirect.addFlashAttribute("notice",
                    review.complaintId() == null ? "review.done.reviewed" : "review.done.reviewedWithComplaint");
            return "redirect:/orders/" + id;
        } catch (OrderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            ServiceProblems.reject(errors, problem);
            return page(viewer, id, htmx, model);
        }
    }

    private String page(Viewer viewer, long id, String htmx, Model model) {
        OrderView order = desk.find(viewer, id).orElseThrow(OrderProblem::notFound);
        model.addAttribute("order", order);
        model.addAttribute("review", reviews.find(viewer, id).orElse(null));
        model.addAttribute("starChoices", List.of(1, 2, 3, 4, 5));
        model.addAttribute("goodTags", Arrays.stream(ReviewTag.values()).filter(ReviewTag::good).toList());
        model.addAttribute("badTags", Arrays.stream(ReviewTag.values()).filter(t -> !t.good()).toList());
        return htmx == null ? FORM : PANEL;
    }
}
