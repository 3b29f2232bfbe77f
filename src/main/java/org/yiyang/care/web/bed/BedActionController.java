package org.yiyang.care.web.bed;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.bed.BedProblem;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.shared.ChinaTime;

/**
 * A bed's steps: the acceptance inspection (验收, regulator or admin), starting service (provider administrator
 * or admin) and termination. A refused step shows its form again with the reason and what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVIDER_ADMIN','REGULATOR','ADMIN')")
class BedActionController {

    static final String ACCEPTANCE = "care/bed/acceptance";
    static final String TERMINATION = "care/bed/termination";

    private final BedDesk desk;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    BedActionController(BedDesk desk, CurrentViewer currentViewer, Clock clock) {
        this.desk = desk;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/care/beds/{id}/acceptance")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    String acceptanceForm(@PathVariable long id, Model model) {
        model.addAttribute("result", "");
        return step(ACCEPTANCE, id, today(), "", null, model);
    }

    @PostMapping("/care/beds/{id}/acceptance")
    @PreAuthorize("hasAnyRole('REGULATOR','ADMIN')")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "") String inspectedOn,
                  @RequestParam(defaultValue = "") String result, @RequestParam(defaultValue = "") String note,
                  Model model, RedirectAttributes redirect) {
        try {
            if (!result.equals("PASSED") && !result.equals("FAILED")) {
                throw BedProblem.of("result", "carebed.error.inspectionResult");
            }
            boolean passed = result.equals("PASSED");
            desk.inspect(currentViewer.require(), id, BedForm.date(inspectedOn, "inspectedOn"), passed, note);
            redirect.addFlashAttribute("notice", passed ? "carebed.done.accepted" : "carebed.done.rejected");
            return "redirect:/care/beds/" + id;
        } catch (BedProblem problem) {
            rethrowNotFound(problem);
            model.addAttribute("result", result);
            return step(ACCEPTANCE, id, inspectedOn, note, problem, model);
        }
    }

    @PostMapping("/care/beds/{id}/start")
    @PreAuthorize("hasAnyRole('PROVIDER_ADMIN','ADMIN')")
    String start(@PathVariable long id, @RequestParam(defaultValue = "") String serviceStart,
                 RedirectAttributes redirect) {
        try {
            desk.start(currentViewer.require(), id, BedForm.date(serviceStart, "serviceStart"));
            redirect.addFlashAttribute("notice", "carebed.done.started");
        } catch (BedProblem problem) {
            rethrowNotFound(problem);
            redirect.addFlashAttribute("startProblem", problem);
            redirect.addFlashAttribute("serviceStart", serviceStart);
        }
        return "redirect:/care/beds/" + id;
    }

    @GetMapping("/care/beds/{id}/termination")
    String terminationForm(@PathVariable long id, Model model) {
        return step(TERMINATION, id, today(), "", null, model);
    }

    @PostMapping("/care/beds/{id}/termination")
    String terminate(@PathVariable long id, @RequestParam(defaultValue = "") String terminatedOn,
                     @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        try {
            desk.terminate(currentViewer.require(), id, BedForm.date(terminatedOn, "terminatedOn"), reason);
            redirect.addFlashAttribute("notice", "carebed.done.terminated");
            return "redirect:/care/beds/" + id;
        } catch (BedProblem problem) {
            rethrowNotFound(problem);
            return step(TERMINATION, id, terminatedOn, reason, problem, model);
        }
    }

    /** The step's page (checks the viewer may see the bed): the bed, the date and text typed, the refusal. */
    private String step(String view, long id, String date, String text, BedProblem problem, Model model) {
        model.addAttribute("view", desk.view(currentViewer.require(), id, YearMonth.from(ChinaTime.today(clock))));
        model.addAttribute("date", date);
        model.addAttribute("text", text);
        model.addAttribute("refusal", problem);
        return view;
    }

    private String today() {
        return ChinaTime.today(clock).toString();
    }

    private static void rethrowNotFound(BedProblem problem) {
        if (problem.isNotFound()) {
            throw problem;
        }
    }
}
