package org.yiyang.elder.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.AgeBand;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.HomeLocations;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.identity.CurrentViewer;

/** The registry pages: the scoped list with filters, an elder's file, register, edit, death and move-out. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','ASSESSOR')")
class ElderPageController {

    static final String LIST = "elder/list";
    static final String ROWS = LIST + " :: rows";
    static final String FORM = "elder/form";
    static final String FILE = "elder/file";
    static final int PAGE_SIZE = 20;

    private final ElderRegistry registry;
    private final HomeLocations homes;
    private final CurrentViewer currentViewer;

    ElderPageController(ElderRegistry registry, HomeLocations homes, CurrentViewer currentViewer) {
        this.registry = registry;
        this.homes = homes;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/elders")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String division,
                @RequestParam(required = false) SpecialCategory category, @RequestParam(required = false) AgeBand age,
                @RequestParam(required = false) LivingSituation living, @RequestParam(required = false) CapabilityLevel level,
                @RequestParam(defaultValue = "ACTIVE") ElderStatus status, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var query = new ElderQuery(q, division, category, age, living, level, status);
        model.addAttribute("result", registry.search(currentViewer.require(), query, page, PAGE_SIZE));
        model.addAttribute("query", query);
        options(model);
        return htmx != null ? ROWS : LIST;
    }

    @GetMapping("/elders/new")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
    String newForm(Model model) {
        model.addAttribute("form", ElderForm.empty(""));
        return form(model, null);
    }

    @PostMapping("/elders")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
    String register(@ModelAttribute("form") ElderForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            long id = registry.register(currentViewer.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "elder.registered");
            return "redirect:/elders/" + id;
        } catch (ElderProblem problem) {
            reject(errors, problem);
            return form(model, null);
        }
    }

    @GetMapping("/elders/{id}")
    String file(@PathVariable long id, Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("elder", registry.find(viewer, id).orElseThrow(ElderProblem::notFound));
        model.addAttribute("homeLocation", homes.onFile(viewer, id).orElse(null));
        return FILE;
    }

    @PostMapping("/elders/{id}/id-number")
    String reveal(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("fullIdNumber", registry.revealIdNumber(viewer, id));
        model.addAttribute("elder", registry.find(viewer, id).orElseThrow(ElderProblem::notFound));
        model.addAttribute("homeLocation", homes.onFile(viewer, id).orElse(null));
        return htmx != null ? FILE + " :: idNumber" : FILE;
    }

    @GetMapping("/elders/{id}/edit")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
    String editForm(@PathVariable long id, Model model) {
        var elder = registry.find(currentViewer.require(), id).orElseThrow(ElderProblem::notFound);
        model.addAttribute("form", ElderForm.of(elder));
        model.addAttribute("elder", elder);
        return form(model, id);
    }

    @PostMapping("/elders/{id}")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
    String update(@PathVariable long id, @ModelAttribute("form") ElderForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        try {
            registry.update(currentViewer.require(), id, form.toDraft());
            redirect.addFlashAttribute("notice", "elder.updated");
            return "redirect:/elders/" + id;
        } catch (ElderProblem problem) {
            reject(errors, problem);
            model.addAttribute("elder", registry.find(currentViewer.require(), id).orElseThrow(ElderProblem::notFound));
            return form(model, id);
        }
    }

    @PostMapping("/elders/{id}/status")
    @PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
    String status(@PathVariable long id, @RequestParam ElderStatus status, @RequestParam(defaultValue = "") String date,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            LocalDate when = date.isBlank() ? null : LocalDate.parse(date);
            if (status == ElderStatus.DECEASED) {
                registry.recordDeath(currentViewer.require(), id, when, reason);
            } else {
                registry.recordMoveOut(currentViewer.require(), id, when, reason);
            }
            redirect.addFlashAttribute("notice", "elder.statusRecorded");
        } catch (ElderProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
            redirect.addFlashAttribute("statusDate", date);
            redirect.addFlashAttribute("statusReason", reason);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", "elder.error.statusDate");
            redirect.addFlashAttribute("statusReason", reason);
        }
        return "redirect:/elders/" + id;
    }

    private static void reject(BindingResult errors, ElderProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey());
        } else {
            errors.rejectValue(problem.field(), problem.messageKey());
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("elderId", id);
        options(model);
        return FORM;
    }

    private static void options(Model model) {
        model.addAttribute("categories", List.of(SpecialCategory.values()));
        model.addAttribute("ageBands", List.of(AgeBand.values()));
        model.addAttribute("livingSituations", List.of(LivingSituation.values()));
        model.addAttribute("levels", List.of(CapabilityLevel.values()));
        model.addAttribute("statuses", List.of(ElderStatus.values()));
    }
}
