package org.yiyang.elder.web;

import org.yiyang.shared.ChinaTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.Assessment;
import org.yiyang.elder.AssessmentProblem;
import org.yiyang.elder.AssessmentReason;
import org.yiyang.elder.AssessmentSheet;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.HealthRecord;
import org.yiyang.elder.PressureInjury;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.Language;

/** One assessment: the form (save a draft any time, complete it), voiding, and the printable report. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','ASSESSOR')")
class AssessmentPageController {

    static final String FORM = "elder/assessment-form";
    static final String STATUS = FORM + " :: status";
    static final String REPORT = "elder/assessment-report";

    private final CapabilityAssessments assessments;
    private final ElderRegistry registry;
    private final AccountDirectory accounts;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    AssessmentPageController(CapabilityAssessments assessments, ElderRegistry registry, AccountDirectory accounts,
                             CurrentViewer currentViewer, MessageSource messages) {
        this.assessments = assessments;
        this.registry = registry;
        this.accounts = accounts;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}")
    String form(@PathVariable long id, Model model) {
        Viewer viewer = currentViewer.require();
        Assessment assessment = find(viewer, id);
        if (!assessment.isDraft()) {
            return "redirect:/assessments/" + id + "/report";
        }
        return page(model, viewer, assessment, AssessmentForm.of(assessment).datedIfBlank(LocalDate.now(ChinaTime.ZONE)),
                AssessmentIssues.none());
    }

    @PostMapping("/assessments/{id}")
    @PreAuthorize("hasRole('ASSESSOR')")
    String saveDraft(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                     RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        Assessment assessment = find(viewer, id);
        AssessmentForm form = AssessmentForm.from(params);
        try {
            int version = assessments.saveDraft(viewer, id, form.toDraft());
            if (htmx == null) {
                redirect.addFlashAttribute("notice", "assessment.draftSaved");
                return "redirect:/assessments/" + id;
            }
            model.addAttribute("savedVersion", version);
            model.addAttribute("savedAt", LocalTime.now(ChinaTime.ZONE).withNano(0));
            model.addAttribute("issues", AssessmentIssues.none());
            return STATUS;
        } catch (AssessmentProblem problem) {
            AssessmentIssues issues = issues(problem, assessment);
            if (htmx == null) {
                return page(model, viewer, assessment, form, issues);
            }
            model.addAttribute("issues", issues);
            return STATUS;
        }
    }

    @PostMapping("/assessments/{id}/complete")
    @PreAuthorize("hasRole('ASSESSOR')")
    String complete(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                    RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        Assessment assessment = find(viewer, id);
        AssessmentForm form = AssessmentForm.from(params);
        try {
            assessments.complete(viewer, id, form.toDraft());
            redirect.addFlashAttribute("notice", "assessment.completed");
            return "redirect:/elders/" + assessment.elderId() + "/assessments";
        } catch (AssessmentProblem problem) {
            return page(model, viewer, assessment, form, issues(problem, assessment));
        }
    }

    @PostMapping("/assessments/{id}/void")
    @PreAuthorize("hasRole('ASSESSOR')")
    String voidAssessment(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                          RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        Assessment assessment = find(viewer, id);
        try {
            assessments.voidAssessment(viewer, id, reason);
            redirect.addFlashAttribute("notice", "assessment.voided");
        } catch (AssessmentProblem problem) {
            redirect.addFlashAttribute("problem", problem.issues().get(0).messageKey());
        }
        return "redirect:/elders/" + assessment.elderId() + "/assessments";
    }

    @GetMapping("/assessments/{id}/report")
    String report(@PathVariable long id, Model model) {
        Viewer viewer = currentViewer.require();
        Assessment assessment = find(viewer, id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("elder", registry.find(viewer, assessment.elderId()).orElseThrow(ElderProblem::notFound));
        model.addAttribute("sheet", sheet(assessment));
        model.addAttribute("assessorNames", displayNames(assessment));
        model.addAttribute("flags", HealthRecord.FLAGS);
        return REPORT;
    }

    private String page(Model model, Viewer viewer, Assessment assessment, AssessmentForm form,
                        AssessmentIssues issues) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("elder", registry.find(viewer, assessment.elderId()).orElseThrow(ElderProblem::notFound));
        model.addAttribute("sheet", sheet(assessment));
        model.addAttribute("form", form);
        model.addAttribute("issues", issues);
        model.addAttribute("reasons", List.of(AssessmentReason.values()));
        model.addAttribute("injuries", List.of(PressureInjury.values()));
        model.addAttribute("flags", HealthRecord.FLAGS);
        return FORM;
    }

    private Assessment find(Viewer viewer, long id) {
        return assessments.find(viewer, id).orElseThrow(AssessmentProblem::notFound);
    }

    private AssessmentSheet sheet(Assessment assessment) {
        return assessments.sheet(assessment.standardCode(), assessment.standardVersion(),
                Language.of(LocaleContextHolder.getLocale()));
    }

    private AssessmentIssues issues(AssessmentProblem problem, Assessment assessment) {
        if (problem.isNotFound()) {
            throw problem;
        }
        return AssessmentIssues.of(problem, sheet(assessment), messages, LocaleContextHolder.getLocale());
    }

    /** The assessors' names as their accounts give them; the username where an account is unknown. */
    private Map<String, String> displayNames(Assessment assessment) {
        return Stream.of(assessment.assessor1(), assessment.assessor2()).filter(u -> u != null && !u.isBlank())
                .distinct()
                .collect(Collectors.toMap(Function.identity(),
                        u -> accounts.findByUsername(u).map(AccountDirectory.AccountRef::displayName).orElse(u),
                        (a, b) -> a, LinkedHashMap::new));
    }
}
