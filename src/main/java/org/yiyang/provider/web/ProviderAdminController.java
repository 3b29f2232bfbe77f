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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.provider.OperatingModel;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderProblem;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.shared.ServiceItem;

/** Provider management: the scoped list, register and edit, status changes, and tying administrator accounts. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','REGULATOR','PROVIDER_ADMIN')")
class ProviderAdminController {

    static final String LIST = "provider/admin-list";
    static final String ROWS = LIST + " :: rows";
    static final String FORM = "provider/form";
    static final int PAGE_SIZE = 20;

    private final ProviderRegistry registry;
    private final ProviderPages pages;
    private final CurrentViewer currentViewer;

    ProviderAdminController(ProviderRegistry registry, ProviderPages pages, CurrentViewer currentViewer) {
        this.registry = registry;
        this.pages = pages;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/provider-admin/providers")
    @PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) ProviderKind kind,
                @RequestParam(required = false) ProviderStatus status, @RequestParam(defaultValue = "") String division,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("division", division);
        model.addAttribute("kinds", List.of(ProviderKind.values()));
        model.addAttribute("statuses", List.of(ProviderStatus.values()));
        try {
            model.addAttribute("result", registry.list(currentViewer.require(), q, kind, status, division, page, PAGE_SIZE));
        } catch (ProviderProblem problem) {
            model.addAttribute("problem", problem.messageKey());
        }
        return htmx != null ? ROWS : LIST;
    }

    @GetMapping("/provider-admin/providers/new")
    @PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
    String newForm(Model model) {
        model.addAttribute("form", ProviderForm.empty(currentViewer.require().division().value()));
        return form(model, null, true);
    }

    @PostMapping("/provider-admin/providers")
    @PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
    String register(@ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        try {
            long id = registry.register(currentViewer.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "provider.registered");
            return "redirect:/provider-admin/providers/" + id;
        } catch (ProviderProblem problem) {
            Rejections.reject(errors, problem);
            return form(model, null, true);
        }
    }

    @GetMapping("/provider-admin/mine")
    String mine(Model model) {
        var viewer = currentViewer.require();
        return registry.ownProvider(viewer).map(id -> pages.manage(viewer, id, 0, model)).orElse("provider/not-tied");
    }

    @GetMapping("/provider-admin/providers/{id}")
    String manage(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        return pages.manage(currentViewer.require(), id, page, model);
    }

    @GetMapping("/provider-admin/providers/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("form", ProviderForm.of(registry.details(viewer, id)));
        return form(model, id, registry.regulates(viewer, id));
    }

    @PostMapping("/provider-admin/providers/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        var viewer = currentViewer.require();
        try {
            registry.update(viewer, id, form.toDraft());
            redirect.addFlashAttribute("notice", "provider.updated");
            return "redirect:/provider-admin/providers/" + id;
        } catch (ProviderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            Rejections.reject(errors, problem);
            return form(model, id, registry.regulates(viewer, id));
        }
    }

    @PostMapping("/provider-admin/providers/{id}/status")
    @PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
    String status(@PathVariable long id, @RequestParam(defaultValue = "") String status,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            registry.changeStatus(currentViewer.require(), id,
                    ProviderForm.choice("status", status, ProviderStatus::valueOf), reason);
            redirect.addFlashAttribute("notice", "provider.statusChanged");
        } catch (ProviderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.messageKey());
            redirect.addFlashAttribute("statusReason", reason);
        }
        return "redirect:/provider-admin/providers/" + id;
    }

    @PostMapping("/provider-admin/providers/{id}/admins")
    @PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
    String tieAdmin(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                    RedirectAttributes redirect) {
        try {
            registry.tieAdmin(currentViewer.require(), id, username);
            redirect.addFlashAttribute("notice", "provider.adminTied");
        } catch (ProviderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.messageKey());
            redirect.addFlashAttribute("adminUsername", username);
        }
        return "redirect:/provider-admin/providers/" + id;
    }

    private static String form(Model model, Long id, boolean regulates) {
        model.addAttribute("providerId", id);
        model.addAttribute("regulates", regulates);
        model.addAttribute("kinds", List.of(ProviderKind.values()));
        model.addAttribute("models", List.of(OperatingModel.values()));
        model.addAttribute("week", List.of(java.time.DayOfWeek.values()));
        model.addAttribute("items", List.of(ServiceItem.values()));
        return FORM;
    }
}
