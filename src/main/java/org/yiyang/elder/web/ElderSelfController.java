package org.yiyang.elder.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.elder.FamilyLink;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/**
 * The elder's own pages, kept to three steps: home → family requests → confirm or reject. The elder's record
 * comes from the account the village or the hotline tied to it; without one the page says whom to ask.
 */
@Controller
@PreAuthorize("hasRole('ELDER')")
class ElderSelfController {

    static final String OWN = "elder/my-elder";
    static final String REQUESTS = "elder/family-requests";
    /** Reasons an elder picks with one tap instead of typing. */
    static final List<String> REJECT_REASONS = List.of("family.reject.reason.unknown", "family.reject.reason.notFamily",
            "family.reject.reason.other");

    private final ElderAccounts accounts;
    private final FamilyLinks links;
    private final EmergencyContacts contacts;
    private final HomeLocations homes;
    private final CurrentViewer currentViewer;

    ElderSelfController(ElderAccounts accounts, FamilyLinks links, EmergencyContacts contacts, HomeLocations homes,
                        CurrentViewer currentViewer) {
        this.accounts = accounts;
        this.links = links;
        this.contacts = contacts;
        this.homes = homes;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/my/elder")
    String own(Model model) {
        var viewer = currentViewer.require();
        accounts.ownElder(viewer).ifPresent(elder -> {
            model.addAttribute("elder", elder);
            model.addAttribute("contacts", contacts.of(viewer, elder.id()));
            model.addAttribute("homeLocation", homes.onFile(viewer, elder.id()).orElse(null));
            model.addAttribute("pending", pending(viewer, elder.id()).size());
            model.addAttribute("base", "/my/elder");
        });
        model.addAttribute("self", true);
        return OWN;
    }

    @GetMapping("/my/elder/requests")
    String requests(Model model) {
        var viewer = currentViewer.require();
        accounts.ownElder(viewer).ifPresent(elder -> {
            model.addAttribute("elder", elder);
            List<FamilyLink> all = links.linksOf(viewer, elder.id());
            model.addAttribute("pendingLinks", all.stream().filter(FamilyLink::pending).toList());
            model.addAttribute("confirmedLinks", all.stream().filter(FamilyLink::confirmed).toList());
        });
        model.addAttribute("reasons", REJECT_REASONS);
        return REQUESTS;
    }

    @PostMapping("/my/elder/requests/{linkId}/confirm")
    String confirm(@PathVariable long linkId, RedirectAttributes redirect) {
        return decide(redirect, "family.confirmed", () -> links.confirm(currentViewer.require(), linkId));
    }

    @PostMapping("/my/elder/requests/{linkId}/reject")
    String reject(@PathVariable long linkId, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return decide(redirect, "family.rejected", () -> links.reject(currentViewer.require(), linkId, reason));
    }

    @PostMapping("/my/elder/requests/{linkId}/revoke")
    String revoke(@PathVariable long linkId, RedirectAttributes redirect) {
        return decide(redirect, "family.revoked", () -> links.revoke(currentViewer.require(), linkId, null));
    }

    private String decide(RedirectAttributes redirect, String notice, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ElderProblem problem) {
            if ("elder.error.notFound".equals(problem.messageKey())) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/my/elder/requests";
    }

    private List<FamilyLink> pending(Viewer viewer, long elderId) {
        return links.linksOf(viewer, elderId).stream().filter(FamilyLink::pending).toList();
    }
}
