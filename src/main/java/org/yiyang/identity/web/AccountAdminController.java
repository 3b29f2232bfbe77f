package org.yiyang.identity.web;

import java.time.Clock;
import java.util.Arrays;

import jakarta.validation.Valid;
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
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.identity.internal.AccountProblem;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.region.DivisionScope;

/** Accounts within the viewer's division: administrators manage them, regulators may look. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','REGULATOR')")
class AccountAdminController {

    static final String LIST = "identity/accounts";
    static final String ROWS = LIST + " :: rows";
    static final String NEW = "identity/account-new";
    static final int PAGE_SIZE = 25;

    private final AccountAdministration administration;
    private final CurrentViewer currentViewer;
    private final Clock clock;
    private final DivisionDirectory divisions;

    AccountAdminController(AccountAdministration administration, CurrentViewer currentViewer,
                           DivisionDirectory divisions, Clock clock) {
        this.clock = clock;
        this.administration = administration;
        this.currentViewer = currentViewer;
        this.divisions = divisions;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String division, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        DivisionScope scope = viewer.scope();
        if (division != null && !division.isBlank()) {
            var requested = divisions.require(division).divisionCode();
            viewer.requireWithin(requested);
            scope = DivisionScope.of(requested);
        }
        int current = Math.max(0, page);
        long total = administration.count(scope, q);
        model.addAttribute("accounts", administration.list(scope, q, current, PAGE_SIZE));
        model.addAttribute("scopeDivision", divisions.find(scope.root()).orElseThrow());
        model.addAttribute("q", q);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("now", clock.instant());
        return htmx != null ? ROWS : LIST;
    }

    @GetMapping("/admin/accounts/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newForm(Model model) {
        model.addAttribute("form", AccountForm.empty(currentViewer.require().division().value()));
        return prepare(model);
    }

    @PostMapping("/admin/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return prepare(model);
        }
        try {
            administration.create(currentViewer.require(), form.toRequest());
        } catch (AccountProblem problem) {
            errors.rejectValue(problem.field(), problem.messageKey());
            return prepare(model);
        }
        redirect.addFlashAttribute("notice", "identity.account.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "identity.account.disabled", () -> administration.disable(currentViewer.require(), id));
    }

    @PostMapping("/admin/accounts/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "identity.account.enabled", () -> administration.enable(currentViewer.require(), id));
    }

    @PostMapping("/admin/accounts/{id}/reset-password")
    @PreAuthorize("hasRole('ADMIN')")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        return act(redirect, "identity.account.passwordReset",
                () -> administration.resetPassword(currentViewer.require(), id, password));
    }

    private String act(RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", successKey);
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/accounts";
    }

    private String prepare(Model model) {
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return NEW;
    }
}
