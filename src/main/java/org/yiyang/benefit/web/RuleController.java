package org.yiyang.benefit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.Condition;
import org.yiyang.benefit.ConditionField;
import org.yiyang.benefit.ProgrammeDetails;
import org.yiyang.benefit.Programmes;
import org.yiyang.benefit.RuleCheck;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.benefit.RuleRejected;
import org.yiyang.benefit.RuleStatus;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.ServiceItem;

/**
 * A programme's rule versions: the draft editor (conditions and age bands as rows, amounts by the programme's
 * payout), its check with today's reach, publishing (confirming warnings), withdrawing a draft and ending a
 * published version. Refused input comes back with every value as typed and the reasons on their fields.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
class RuleController {

    static final String PAGE = "benefit/rule";
    static final String EDITOR = "benefit/rule :: editor";

    private final Programmes programmes;
    private final CurrentViewer currentViewer;
    private final DivisionDirectory divisions;

    RuleController(Programmes programmes, CurrentViewer currentViewer, DivisionDirectory divisions) {
        this.programmes = programmes;
        this.currentViewer = currentViewer;
        this.divisions = divisions;
    }

    @GetMapping("/benefit/programmes/{id}/rules/new")
    String create(@PathVariable long id, Model model) {
        RuleForm form = RuleForm.of(programmes.newRuleDraft(currentViewer.require(), id));
        return editor(id, (RuleVersion) null, form, null, model);
    }

    @PostMapping("/benefit/programmes/{id}/rules")
    String saveNew(@PathVariable long id, @ModelAttribute("form") RuleForm form, Model model,
                   RedirectAttributes redirect) {
        try {
            long ruleId = programmes.createRule(currentViewer.require(), id, form.toDraft());
            redirect.addFlashAttribute("notice", "benefit.rule.saved");
            return "redirect:/benefit/programmes/" + id + "/rules/" + ruleId;
        } catch (RuleRejected rejected) {
            return editor(id, (RuleVersion) null, form, rejected.check(), model);
        }
    }

    /** Adds or removes a row, or draws a row again for the field just chosen; nothing is saved. */
    @PostMapping("/benefit/programmes/{id}/rules/form")
    String editForm(@PathVariable long id, @ModelAttribute("form") RuleForm form,
                    @RequestParam(required = false) Long ruleId, @RequestParam(required = false) String change,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        RuleVersion rule = ruleId == null ? null : programmes.rule(currentViewer.require(), id, ruleId);
        String view = editor(id, rule, form.edited(change), null, model);
        return htmx == null ? view : EDITOR;
    }

    @GetMapping("/benefit/programmes/{id}/rules/{ruleId}")
    String rule(@PathVariable long id, @PathVariable long ruleId, Model model) {
        Viewer viewer = currentViewer.require();
        RuleVersion rule = programmes.rule(viewer, id, ruleId);
        RuleCheck check = programmes.review(viewer, id, ruleId);
        return editor(id, rule, RuleForm.of(RuleDraft.of(rule)), check, model);
    }

    @PostMapping("/benefit/programmes/{id}/rules/{ruleId}")
    String save(@PathVariable long id, @PathVariable long ruleId, @ModelAttribute("form") RuleForm form, Model model,
                RedirectAttributes redirect) {
        Viewer viewer = currentViewer.require();
        try {
            programmes.saveRule(viewer, id, ruleId, form.toDraft());
            redirect.addFlashAttribute("notice", "benefit.rule.saved");
            return "redirect:/benefit/programmes/" + id + "/rules/" + ruleId;
        } catch (RuleRejected rejected) {
            return editor(id, programmes.rule(viewer, id, ruleId), form, rejected.check(), model);
        } catch (BenefitProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("refusal", problem);
            return "redirect:/benefit/programmes/" + id + "/rules/" + ruleId;
        }
    }

    @PostMapping("/benefit/programmes/{id}/rules/{ruleId}/publish")
    String publish(@PathVariable long id, @PathVariable long ruleId,
                   @RequestParam(defaultValue = "false") boolean despiteWarnings, RedirectAttributes redirect) {
        try {
            programmes.publishRule(currentViewer.require(), id, ruleId, despiteWarnings);
            redirect.addFlashAttribute("notice", "benefit.rule.published");
            return "redirect:/benefit/programmes/" + id;
        } catch (RuleRejected rejected) {
            redirect.addFlashAttribute("problem", rejected.check().hasErrors()
                    ? "benefit.rule.publishRefused" : "benefit.rule.confirmWarnings");
        } catch (BenefitProblem problem) {
            refuse(problem, redirect);
        }
        return "redirect:/benefit/programmes/" + id + "/rules/" + ruleId;
    }

    @PostMapping("/benefit/programmes/{id}/rules/{ruleId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long ruleId, RedirectAttributes redirect) {
        try {
            programmes.withdrawRule(currentViewer.require(), id, ruleId);
            redirect.addFlashAttribute("notice", "benefit.rule.withdrawn");
            return "redirect:/benefit/programmes/" + id;
        } catch (BenefitProblem problem) {
            refuse(problem, redirect);
            return "redirect:/benefit/programmes/" + id + "/rules/" + ruleId;
        }
    }

    @PostMapping("/benefit/programmes/{id}/rules/{ruleId}/end")
    String end(@PathVariable long id, @PathVariable long ruleId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
               RedirectAttributes redirect) {
        try {
            programmes.endRule(currentViewer.require(), id, ruleId, lastDay);
            redirect.addFlashAttribute("notice", "benefit.rule.ended");
        } catch (BenefitProblem problem) {
            refuse(problem, redirect);
        }
        return "redirect:/benefit/programmes/" + id + "/rules/" + ruleId;
    }

    private static void refuse(BenefitProblem problem, RedirectAttributes redirect) {
        if (problem.isNotFound()) {
            throw problem;
        }
        redirect.addFlashAttribute("refusal", problem);
    }

    private String editor(long id, RuleVersion rule, RuleForm form, RuleCheck check, Model model) {
        Viewer viewer = currentViewer.require();
        ProgrammeDetails details = programmes.details(viewer, id).orElseThrow(BenefitProblem::notFound);
        model.addAttribute("p", details.programme());
        model.addAttribute("details", details);
        model.addAttribute("rule", rule);
        model.addAttribute("editing", details.editable() && (rule == null || rule.status() == RuleStatus.DRAFT));
        model.addAttribute("form", form);
        model.addAttribute("check", check);
        model.addAttribute("fields", ConditionField.values());
        model.addAttribute("operators", ConditionOptions.operators());
        model.addAttribute("choices", ConditionOptions.choices());
        model.addAttribute("items", ServiceItem.values());
        model.addAttribute("programmeNames", programmeNames(viewer));
        if (rule != null) {
            model.addAttribute("valueLabels", valueLabels(rule));
        }
        return PAGE;
    }

    /** The programmes a condition may name, by id, as the viewer knows them. */
    private Map<String, String> programmeNames(Viewer viewer) {
        Map<String, String> names = new LinkedHashMap<>();
        programmes.list(viewer, 0, 200).items().forEach(p -> names.put(String.valueOf(p.id()), p.name() + " (" + p.code() + ")"));
        return names;
    }

    /** Each published condition's values as words: a label key for ticked values, a name for divisions. */
    private Map<String, String> valueLabels(RuleVersion rule) {
        List<String> codes = rule.conditions().stream()
                .filter(c -> c.field() == ConditionField.RESIDENCE_DIVISION || c.field() == ConditionField.HOUSEHOLD_DIVISION)
                .flatMap(c -> c.values().stream()).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        divisions.names(codes).forEach((code, name) -> labels.put(code, name + " " + code));
        for (Condition c : rule.conditions()) {
            c.values().forEach(v -> {
                String key = ConditionOptions.labelKey(c.field(), v);
                if (key != null) {
                    labels.put(c.field().name() + ":" + v, key);
                }
            });
        }
        return labels;
    }
}
