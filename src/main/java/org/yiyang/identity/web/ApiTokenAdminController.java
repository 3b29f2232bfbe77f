package org.yiyang.identity.web;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.internal.AccountProblem;
import org.yiyang.identity.internal.ApiTokens;

/** API tokens for machine clients: issued by an administrator for an account in their division, revocable. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenAdminController {

    static final String VIEW = "identity/tokens";

    private final ApiTokens tokens;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    ApiTokenAdminController(ApiTokens tokens, CurrentViewer currentViewer, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/admin/tokens")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tokens", tokens.list(currentViewer.require(), Math.max(0, page), 50));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("now", clock.instant());
        return VIEW;
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam String username, @RequestParam String name,
                 @RequestParam(required = false) Integer validDays, RedirectAttributes redirect) {
        try {
            var issued = tokens.issue(currentViewer.require(), username, name, validDays);
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            redirect.addFlashAttribute("notice", "identity.token.issued");
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
            redirect.addFlashAttribute("tokenUsername", username);
            redirect.addFlashAttribute("tokenName", name);
            redirect.addFlashAttribute("tokenDays", validDays);
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(currentViewer.require(), id);
            redirect.addFlashAttribute("notice", "identity.token.revoked");
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/tokens";
    }
}
