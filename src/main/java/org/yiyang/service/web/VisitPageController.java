package org.yiyang.service.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.yiyang.service.OrderStatus;
import org.yiyang.service.VisitRecord;
import org.yiyang.service.Visits;
import org.yiyang.shared.ChinaTime;

/** The caregiver's phone: today's visits as big cards, set out, check in at the door, check out with confirmation. */
@Controller
@PreAuthorize("hasRole('CAREGIVER')")
class VisitPageController {

    static final String DAY = "service/visits";
    static final String CARDS = DAY + " :: cards";
    static final String CHECK_OUT = "service/visit-check-out";

    private final Visits visits;
    private final OrderDesk desk;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;
    private final Clock clock;

    VisitPageController(Visits visits, OrderDesk desk, CurrentViewer currentViewer, MessageSource messages, Clock clock) {
        this.visits = visits;
        this.desk = desk;
        this.currentViewer = currentViewer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/visits")
    String today(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        day(model, currentViewer.require());
        return htmx != null ? CARDS : DAY;
    }

    @PostMapping("/visits/{id}/depart")
    String depart(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Viewer viewer = currentViewer.require();
        try {
            desk.depart(viewer, id);
        } catch (OrderProblem problem) {
            return again(problem, id, model, viewer, response);
        }
        redirect.addFlashAttribute("notice", "visit.notice.departed");
        return "redirect:/visits#visit-" + id;
    }

    @PostMapping("/visits/{id}/check-in")
    String checkIn(@PathVariable long id, @ModelAttribute VisitCheckInForm form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Viewer viewer = currentViewer.require();
        Visits.CheckedIn done;
        try {
            done = visits.checkIn(viewer, id, form.fix());
        } catch (OrderProblem problem) {
            return again(problem, id, model, viewer, response);
        }
        redirect.addFlashAttribute("notice",
                done.exceptions().isEmpty() ? "visit.notice.checkedIn" : "visit.notice.checkedInFlagged");
        return "redirect:/visits#visit-" + id;
    }

    /** The day again with the reason next to the visit; nothing was changed. */
    private String again(OrderProblem problem, long id, Model model, Viewer viewer, HttpServletResponse response) {
        if (problem.isNotFound()) {
            throw problem;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("visitProblem", ServiceProblems.text(messages, problem));
        model.addAttribute("problemVisit", id);
        day(model, viewer);
        return DAY;
    }

    @GetMapping("/visits/{id}/check-out")
    String checkOutForm(@PathVariable long id, Model model) {
        VisitRecord visit = inService(id);
        model.addAttribute("form", VisitCheckOutForm.empty());
        return checkOutPage(model, visit);
    }

    @PostMapping("/visits/{id}/check-out")
    String checkOut(@PathVariable long id, @ModelAttribute("form") VisitCheckOutForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        VisitRecord visit = inService(id);
        try {
            Visits.CheckedIn done = visits.checkOut(currentViewer.require(), id, form.fix(), form.report());
            redirect.addFlashAttribute("notice",
                    done.exceptions().isEmpty() ? "visit.notice.checkedOut" : "visit.notice.checkedOutFlagged");
            return "redirect:/visits/" + id + "/record";
        } catch (OrderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            String field = problem.field();
            String text = ServiceProblems.text(messages, problem);
            if (field == null || "position".equals(field)) {
                errors.reject(problem.messageKey(), problem.args(), text);
            } else {
                errors.rejectValue(field, problem.messageKey(), problem.args(), text);
            }
            return checkOutPage(model, visit);
        }
    }

    private VisitRecord inService(long id) {
        VisitRecord visit = visits.record(currentViewer.require(), id).orElseThrow(OrderProblem::notFound);
        if (visit.status() != OrderStatus.IN_SERVICE) {
            throw OrderProblem.wrongState(visit.status());
        }
        return visit;
    }

    private String checkOutPage(Model model, VisitRecord visit) {
        model.addAttribute("visit", visit);
        model.addAttribute("tasks", visits.tasksFor(visit.item()));
        return CHECK_OUT;
    }

    private void day(Model model, Viewer viewer) {
        model.addAttribute("cards", visits.today(viewer));
        model.addAttribute("date", ChinaTime.today(clock));
    }
}
