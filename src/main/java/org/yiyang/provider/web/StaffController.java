package org.yiyang.provider.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.StaffRole;
import org.yiyang.provider.internal.ProviderRoster;

/** The staff roster of one provider: list, add, edit, deactivate or reactivate, and tie a caregiver account. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','REGULATOR','PROVIDER_ADMIN')")
class StaffController {

    static final String ROSTER = "provider/staff";
    static final String FORM = "provider/staff-form";

    private final ProviderRoster roster;
    private final ProviderPages pages;
    private final CurrentViewer currentViewer;

    StaffController(ProviderRoster roster, ProviderPages pages, CurrentViewer currentViewer) {
        this.roster = roster;
        this.pages = pages;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/provider-admin/providers/{id}/staff")
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        pages.roster(currentViewer.require(), id, page, model);
        return ROSTER;
    }

    @GetMapping("/provider-admin/providers/{id}/staff/new")
    String newForm(@PathVariable long id, Model model) {
        roster.roster(currentViewer.require(), id, 0, 1);
        model.addAttribute("form", StaffForm.empty());
        return form(model, id, null);
    }

    @PostMapping("/provider-admin/providers/{id}/staff")
    String add(@PathVariable long id, @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        try {
            roster.add(currentViewer.require(), id, form.toDraft());
            redirect.addFlashAttribute("notice", "provider.staff.added");
            return "redirect:/provider-admin/providers/" + id + "/staff";
        } catch (ProviderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            Rejections.reject(errors, problem);
            return form(model, id, null);
        }
    }

    @GetMapping("/provider-admin/providers/{id}/staff/{staffId}/edit")
    String editForm(@PathVariable long id, @PathVariable long staffId, Model model) {
        model.addAttribute("form", StaffForm.of(roster.staffMember(currentViewer.require(), id, staffId)));
        return form(model, id, staffId);
    }

    @PostMapping("/provider-admin/providers/{id}/staff/{staffId}")
    String update(@PathVariable long id, @PathVariable long staffId, @ModelAttribute("form") StaffForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            roster.update(currentViewer.require(), id, staffId, form.toDraft());
            redirect.addFlashAttribute("notice", "provider.staff.updated");
            return "redirect:/provider-admin/providers/" + id + "/staff";
        } catch (ProviderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            Rejections.reject(errors, problem);
            return form(model, id, staffId);
        }
    }

    @PostMapping("/provider-admin/providers/{id}/staff/{staffId}/deactivate")
    String deactivate(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
        roster.deactivate(currentViewer.require(), id, staffId);
        redirect.addFlashAttribute("notice", "provider.staff.deactivated");
        return "redirect:/provider-admin/providers/" + id + "/staff";
    }

    @PostMapping("/provider-admin/providers/{id}/staff/{staffId}/reactivate")
    String reactivate(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
        roster.reactivate(currentViewer.require(), id, staffId);
        redirect.addFlashAttribute("notice", "provider.staff.reactivated");
        return "redirect:/provider-admin/providers/" + id + "/staff";
    }

    @PostMapping("/provider-admin/providers/{id}/staff/{staffId}/account")
    String tie(@PathVariable long id, @PathVariable long staffId, @RequestParam(defaultValue = "") String username,
               RedirectAttributes redirect) {
        try {
            roster.tieAccount(currentViewer.require(), id, staffId, username);
            redirect.addFlashAttribute("notice", "provider.staff.tied");
        } catch (ProviderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.messageKey());
            redirect.addFlashAttribute("tieStaffId", staffId);
            redirect.addFlashAttribute("tieUsername", username);
        }
        return "redirect:/provider-admin/providers/" + id + "/staff";
    }

    private static String form(Model model, long providerId, Long staffId) {
        model.addAttribute("providerId", providerId);
        model.addAttribute("staffId", staffId);
        model.addAttribute("roles", List.of(StaffRole.values()));
        return FORM;
    }
}
