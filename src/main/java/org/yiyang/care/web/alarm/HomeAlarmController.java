package org.yiyang.care.web.alarm;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.care.internal.alarm.AlarmProblem;
import org.yiyang.care.internal.alarm.HomeAlarms;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LinkedElder;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * The elder's and the family's side of alarms: the elder's alarms and what the hotline did about them (for the elder,
 * or a family member on behalf of a linked elder, {@code ?elder=}), and the elder's one-press call for help.
 */
@Controller
@PreAuthorize("hasAnyRole('ELDER','FAMILY')")
class HomeAlarmController {

    static final String MINE = "care/alarm/mine";
    static final String CHOOSE = "shell/choose-elder";
    static final String HELP = "care/alarm/help";
    static final String MISSING = "care/alarm/mine-missing";
    static final int PAGE_SIZE = 10;

    private final HomeAlarms homeAlarms;
    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final CurrentViewer currentViewer;

    HomeAlarmController(HomeAlarms homeAlarms, ServiceRecipients recipients, FamilyLinks familyLinks,
                        CurrentViewer currentViewer) {
        this.homeAlarms = homeAlarms;
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/care/my-alarms")
    String alarms(@RequestParam(required = false) Long elder, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        Viewer viewer = currentViewer.require();
        long elderId;
        if (viewer.is(Role.ELDER)) {
            elderId = recipients.ownElderId(viewer).filter(own -> elder == null || elder.equals(own))
                    .orElseThrow(AlarmProblem::notFound);
        } else if (elder != null) {
            elderId = elder;
        } else {
            List<LinkedElder> linked = familyLinks.linkedElders(viewer);
            if (linked.size() != 1) {
                model.addAttribute("linked", linked);
                model.addAttribute("chooseTitle", "alarm.home.choose");
                model.addAttribute("chooseFor", "/care/my-alarms");
                return CHOOSE;
            }
            elderId = linked.get(0).elder().id();
        }
        model.addAttribute("home", homeAlarms.of(viewer, elderId, page, PAGE_SIZE));
        model.addAttribute("family", viewer.is(Role.FAMILY));
        return MINE;
    }

    @GetMapping("/care/help")
    @PreAuthorize("hasRole('ELDER')")
    String help(Model model) {
        return helpPage(currentViewer.require(), model);
    }

    @PostMapping("/care/help")
    @PreAuthorize("hasRole('ELDER')")
    String callForHelp(@RequestParam(defaultValue = "") String key, Model model, RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            redirect.addFlashAttribute("helpSent", homeAlarms.callForHelp(viewer, key).id());
            return "redirect:/care/help";
        } catch (AlarmProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            model.addAttribute("alarmProblem", problem);
            return helpPage(viewer, model);
        }
    }

    private String helpPage(Viewer viewer, Model model) {
        Optional<Long> own = recipients.ownElderId(viewer);
        model.addAttribute("noRecord", own.isEmpty());
        model.addAttribute("helpKey", "help-" + UUID.randomUUID());
        return HELP;
    }

    /** An elder the viewer may not see is "not found", exactly like one that does not exist. */
    @ExceptionHandler(AlarmProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String missing() {
        return MISSING;
    }
}
