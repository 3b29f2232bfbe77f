package org.yiyang.elder.web;

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
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.CurrentViewer;

/**
 * A family member's pages: the elders they are linked to, their requests, asking for a new link, and one
 * linked elder's page. Any elder they are not linked to is "not found".
 */
@Controller
@PreAuthorize("hasRole('FAMILY')")
class FamilyPageController {

    static final String MY_ELDERS = "elder/my-elders";
    static final String REQUEST = "elder/link-request";
    static final String ELDER = "elder/my-elder";

    private final FamilyLinks links;
    private final EmergencyContacts contacts;
    private final HomeLocations homes;
    private final CurrentViewer currentViewer;

    FamilyPageController(FamilyLinks links, EmergencyContacts contacts, HomeLocations homes,
                         CurrentViewer currentViewer) {
        this.links = links;
        this.contacts = contacts;
        this.homes = homes;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/my/elders")
    String myElders(Model model) {
        var viewer = currentViewer.require();
        model.addAttribute("linked", links.linkedElders(viewer));
        model.addAttribute("requests", links.requestsOf(viewer));
        return MY_ELDERS;
    }

    @GetMapping("/my/elders/request")
    String requestForm(Model model) {
        model.addAttribute("form", LinkRequestForm.empty());
        return requestPage(model);
    }

    @PostMapping("/my/elders/request")
    String request(@ModelAttribute("form") LinkRequestForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        try {
            links.request(currentViewer.require(), form.toRequest());
            redirect.addFlashAttribute("notice", "family.request.sent");
            return "redirect:/my/elders";
        } catch (ElderProblem problem) {
            Problems.reject(errors, problem);
            return requestPage(model);
        }
    }

    @GetMapping("/my/elders/{id}")
    String elder(@PathVariable long id, Model model) {
        var viewer = currentViewer.require();
        var linked = links.linkedElder(viewer, id).orElseThrow(ElderProblem::notFound);
        model.addAttribute("linked", linked);
        model.addAttribute("elder", linked.elder());
        model.addAttribute("contacts", contacts.of(viewer, id));
        model.addAttribute("homeLocation", homes.onFile(viewer, id).orElse(null));
        model.addAttribute("base", "/my/elders/" + id);
        return ELDER;
    }

    @PostMapping("/my/elders/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        var viewer = currentViewer.require();
        var linked = links.linkedElder(viewer, id).orElseThrow(ElderProblem::notFound);
        try {
            links.revoke(viewer, linked.linkId(), reason);
            redirect.addFlashAttribute("notice", "family.revoked");
            return "redirect:/my/elders";
        } catch (ElderProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
            return "redirect:/my/elders/" + id;
        }
    }

    private String requestPage(Model model) {
        model.addAttribute("relations", List.of(FamilyRelation.values()));
        model.addAttribute("limit", FamilyLinks.DAILY_REQUEST_LIMIT);
        return REQUEST;
    }
}
