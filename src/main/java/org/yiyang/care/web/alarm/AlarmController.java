package org.yiyang.care.web.alarm;

import java.util.function.Consumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.care.internal.alarm.AlarmDesk;
import org.yiyang.care.internal.alarm.AlarmProblem;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/**
 * One alarm: elder, device, location, timeline, emergency contacts, and the operator's steps (acknowledge, record a
 * call, dispatch, note, close). A refused step shows the page again with the reason and what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','REGULATOR','ADMIN')")
class AlarmController {

    static final String DETAIL = "care/alarm/alarm";

    private final AlarmDesk desk;
    private final AlarmPageModel pageModel;
    private final CurrentViewer currentViewer;

    AlarmController(AlarmDesk desk, AlarmPageModel pageModel, CurrentViewer currentViewer) {
        this.desk = desk;
        this.pageModel = pageModel;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/care/alarms/{id}")
    String alarm(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                 Model model) {
        pageModel.fill(currentViewer.require(), id, model);
        return htmx == null ? DETAIL : DETAIL + " :: panel";
    }

    @PostMapping("/care/alarms/{id}/acknowledge")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    String acknowledge(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, "alarm.done.acknowledged", model, redirect, viewer -> desk.acknowledge(viewer, id));
    }

    @PostMapping("/care/alarms/{id}/calls")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    String call(@PathVariable long id, @ModelAttribute("callForm") CallForm form, Model model,
                RedirectAttributes redirect) {
        return act(id, "alarm.done.called", model, redirect,
                viewer -> desk.recordCall(viewer, id, form.party(), form.contact(), form.result(), form.note()));
    }

    @PostMapping("/care/alarms/{id}/dispatch")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    String dispatch(@PathVariable long id, @ModelAttribute("dispatchForm") DispatchForm form, Model model,
                    RedirectAttributes redirect) {
        if (form.urgentOrder()) {
            return act(id, "alarm.done.dispatchedOrder", model, redirect,
                    viewer -> desk.dispatchCaregiver(viewer, id, form.offeringId(), form.note(), form.key()));
        }
        return act(id, "alarm.done.dispatched", model, redirect,
                viewer -> desk.dispatch(viewer, id, form.method(), form.reference(), form.note()));
    }

    @PostMapping("/care/alarms/{id}/notes")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
                RedirectAttributes redirect) {
        model.addAttribute("noteText", note);
        return act(id, "alarm.done.noted", model, redirect, viewer -> desk.note(viewer, id, note));
    }

    @PostMapping("/care/alarms/{id}/close")
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("outcome", outcome);
        return act(id, "alarm.done.closed", model, redirect, viewer -> desk.close(viewer, id, outcome));
    }

    private String act(long id, String done, Model model, RedirectAttributes redirect, Consumer<Viewer> step) {
        Viewer viewer = currentViewer.require();
        try {
            step.accept(viewer);
            redirect.addFlashAttribute("notice", done);
            return "redirect:/care/alarms/" + id;
        } catch (AlarmProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            model.addAttribute("alarmProblem", problem);
            pageModel.fill(viewer, id, model);
            return DETAIL;
        }
    }
}
