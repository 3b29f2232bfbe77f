package org.yiyang.hotline.web;

import java.time.DayOfWeek;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.hotline.internal.CareSchedules;
import org.yiyang.hotline.internal.CareTarget;
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.identity.CurrentViewer;

/** Care-call schedules of the viewer's division: the list, a new one, stopping one. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','REGULATOR')")
class CareScheduleController {

    static final String VIEW = "hotline/schedules";
    static final int PAGE_SIZE = 20;

    private final CareSchedules schedules;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    CareScheduleController(CareSchedules schedules, CurrentViewer currentViewer, MessageSource messages) {
        this.schedules = schedules;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @GetMapping("/hotline/schedules")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return fill(Math.max(0, page), model, Map.of());
    }

    @PostMapping("/hotline/schedules")
    String create(@RequestParam(defaultValue = "") String division, @RequestParam(required = false) DayOfWeek weekday,
                  @RequestParam(required = false) CareTarget target, @RequestParam(defaultValue = "") String operator,
                  Model model, RedirectAttributes redirect) {
        try {
            schedules.create(currentViewer.require(), division, weekday, target, operator);
            redirect.addFlashAttribute("notice", "hotline.done.scheduleCreated");
            return "redirect:/hotline/schedules";
        } catch (HotlineProblem problem) {
            model.addAttribute("error", FormError.of("schedule", problem, messages));
            return fill(0, model, Map.of("division", division, "operator", operator,
                    "weekday", weekday == null ? "" : weekday.name(), "target", target == null ? "" : target.name()));
        }
    }

    @PostMapping("/hotline/schedules/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        schedules.deactivate(currentViewer.require(), id);
        redirect.addFlashAttribute("notice", "hotline.done.scheduleStopped");
        return "redirect:/hotline/schedules";
    }

    private String fill(int page, Model model, Map<String, Object> typed) {
        model.addAttribute("result", schedules.page(currentViewer.require(), page, PAGE_SIZE));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("targets", CareTarget.values());
        model.addAttribute("typed", typed);
        return VIEW;
    }
}
