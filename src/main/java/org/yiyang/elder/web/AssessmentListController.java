package org.yiyang.elder.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentStatus;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/** An elder's assessment timeline, starting an assessment, change-of-condition reports, the work list, the list. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ASSESSOR')")
class AssessmentListController {

    static final String TIMELINE = "elder/assessment-timeline";
    static final String WORKLIST = "elder/assessment-worklist";
    static final String LIST = "elder/assessment-list";
    static final int PAGE_SIZE = 20;

    private final CapabilityAssessments assessments;
    private final ElderRegistry registry;
    private final CurrentViewer currentViewer;

    AssessmentListController(CapabilityAssessments assessments, ElderRegistry registry, CurrentViewer currentViewer) {
        this.assessments = assessments;
        this.registry = registry;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/elders/{id}/assessments")
    String timeline(@PathVariable long id, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("elder", registry.find(viewer, id).orElseThrow(ElderProblem::notFound));
        model.addAttribute("assessments", assessments.timeline(viewer, id));
        model.addAttribute("changes", assessments.conditionChanges(viewer, id));
        return TIMELINE;
    }

    /** Starts an assessment, or goes on with the one in progress: a retried request starts nothing twice. */
    @PostMapping("/elders/{id}/assessments")
    @PreAuthorize("hasRole('ASSESSOR')")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return "redirect:/assessments/" + assessments.startDraft(currentViewer.require(), id);
        } catch (AssessmentProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.issues().get(0).messageKey());
            return "redirect:/elders/" + id + "/assessments";
        }
    }

    @PostMapping("/elders/{id}/condition-changes")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ASSESSOR')")
    String reportChange(@PathVariable long id, @RequestParam(defaultValue = "") String note,
                        @RequestParam(defaultValue = "file") String from, RedirectAttributes redirect) {
        try {
            assessments.reportChangeOfCondition(currentViewer.require(), id, note);
            redirect.addFlashAttribute("notice", "assessment.change.reported");
        } catch (AssessmentProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.issues().get(0).messageKey());
            redirect.addFlashAttribute("changeNote", note);
        }
        return "redirect:/elders/" + id + ("timeline".equals(from) ? "/assessments" : "");
    }

    @GetMapping("/assessments/worklist")
    String worklist(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", assessments.worklist(currentViewer.require(), page, PAGE_SIZE));
        return WORKLIST;
    }

    @GetMapping("/assessments")
    String list(@RequestParam(defaultValue = "DRAFT") AssessmentStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", assessments.list(currentViewer.require(), status, page, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AssessmentStatus.values());
        return LIST;
    }
}
