package org.yiyang.elder.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.elder.FamilyLinkStatus;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.identity.CurrentViewer;

/**
 * Staff side of family links: the desk of requests in the viewer's division (pending first), and on each
 * elder's file the family panel — links, emergency contacts and the elder's own account.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR')")
class FamilyLinkDeskController {

    static final String DESK = "elder/links";
    static final String DESK_ROWS = DESK + " :: rows";
    static final String FAMILY = "elder/family";
    static final String FAMILY_PANEL = FAMILY + " :: panel";
    static final int PAGE_SIZE = 20;

    private final FamilyLinks links;
    private final ElderAccounts accounts;
    private final EmergencyContacts contacts;
    private final ElderRegistry registry;
    private final CurrentViewer currentViewer;

    FamilyLinkDeskController(FamilyLinks links, ElderAccounts accounts, EmergencyContacts contacts,
                             ElderRegistry registry, CurrentViewer currentViewer) {
        this.links = links;
        this.accounts = accounts;
        this.contacts = contacts;
        this.registry = registry;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/elders/links")
    String desk(@RequestParam(required = false) FamilyLinkStatus status, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("result", links.desk(currentViewer.require(), status, page, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(FamilyLinkStatus.values()));
        return htmx != null ? DESK_ROWS : DESK;
    }

    @GetMapping("/elders/{id}/family")
    String family(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("elder", registry.find(viewer, id).orElseThrow(ElderProblem::notFound).summary());
        model.addAttribute("links", links.linksOf(viewer, id));
        model.addAttribute("contacts", contacts.of(viewer, id));
        model.addAttribute("account", accounts.current(viewer, id).orElse(null));
        model.addAttribute("base", "/elders/" + id);
        return htmx != null ? FAMILY_PANEL : FAMILY;
    }

    @PostMapping("/elders/links/{linkId}/confirm")
    String confirm(@PathVariable long linkId, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        return act(back, redirect, "family.confirmed", null, linkId,
                () -> links.confirm(currentViewer.require(), linkId));
    }

    @PostMapping("/elders/links/{linkId}/reject")
    String reject(@PathVariable long linkId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        return act(back, redirect, "family.rejected", reason, linkId,
                () -> links.reject(currentViewer.require(), linkId, reason));
    }

    @PostMapping("/elders/links/{linkId}/revoke")
    String revoke(@PathVariable long linkId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        return act(back, redirect, "family.revoked", reason, linkId,
                () -> links.revoke(currentViewer.require(), linkId, reason));
    }

    @PostMapping("/elders/{id}/account")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
        try {
            accounts.assign(currentViewer.require(), id, username);
            redirect.addFlashAttribute("notice", "family.account.assigned");
        } catch (ElderProblem problem) {
            rethrowNotFound(problem);
            redirect.addFlashAttribute("accountProblem", problem.messageKey());
            redirect.addFlashAttribute("typedUsername", username);
        }
        return "redirect:/elders/" + id + "/family";
    }

    @PostMapping("/elders/{id}/account/end")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        accounts.end(currentViewer.require(), id);
        redirect.addFlashAttribute("notice", "family.account.ended");
        return "redirect:/elders/" + id + "/family";
    }

    private String act(String back, RedirectAttributes redirect, String notice, String reason, long linkId,
                       Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ElderProblem problem) {
            rethrowNotFound(problem);
            redirect.addFlashAttribute("problem", problem.messageKey());
            redirect.addFlashAttribute("typedReason", reason);
            redirect.addFlashAttribute("reasonFor", linkId);
        }
        return "redirect:" + (back.matches("/elders/(links|\\d+/family)(\\?[\\w=&]*)?") ? back : "/elders/links");
    }

    private static void rethrowNotFound(ElderProblem problem) {
        if ("elder.error.notFound".equals(problem.messageKey())) {
            throw problem;
        }
    }
}
