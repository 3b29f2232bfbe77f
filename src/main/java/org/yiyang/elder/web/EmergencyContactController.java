package org.yiyang.elder.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * Adding, editing and retiring an elder's emergency contacts, for each of the three who keep them: staff on
 * the elder's file ({@code /elders/{id}}), a linked family member ({@code /my/elders/{id}}) and the elder
 * ({@code /my/elder}). Each path is open to its own role only; the registry checks the standing.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','FAMILY','ELDER')")
class EmergencyContactController {

    static final String FORM = "elder/contact-form";

    private final EmergencyContacts contacts;
    private final ElderAccounts accounts;
    private final CurrentViewer currentViewer;

    EmergencyContactController(EmergencyContacts contacts, ElderAccounts accounts, CurrentViewer currentViewer) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.currentViewer = currentViewer;
    }

    /** Whose contacts, and the page to go back to. */
    private record Target(Viewer viewer, long elderId, String base, String back) {
    }

    @GetMapping({"/elders/{id}/contacts/new", "/my/elders/{id}/contacts/new", "/my/elder/contacts/new"})
    String newForm(@PathVariable(required = false) Long id, HttpServletRequest request, Model model) {
        Target target = target(id, request);
        contacts.of(target.viewer(), target.elderId());
        model.addAttribute("form", ContactForm.empty());
        return form(model, target, null);
    }

    @PostMapping({"/elders/{id}/contacts", "/my/elders/{id}/contacts", "/my/elder/contacts"})
    String add(@PathVariable(required = false) Long id, HttpServletRequest request,
               @ModelAttribute("form") ContactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Target target = target(id, request);
        try {
            contacts.add(target.viewer(), target.elderId(), form.toDraft());
            redirect.addFlashAttribute("notice", "family.contact.added");
            return "redirect:" + target.back();
        } catch (ElderProblem problem) {
            return again(problem, errors, model, target, null);
        }
    }

    @GetMapping({"/elders/{id}/contacts/{contactId}/edit", "/my/elders/{id}/contacts/{contactId}/edit",
            "/my/elder/contacts/{contactId}/edit"})
    String editForm(@PathVariable(required = false) Long id, @PathVariable long contactId, HttpServletRequest request,
                    Model model) {
        Target target = target(id, request);
        var contact = contacts.find(target.viewer(), target.elderId(), contactId).orElseThrow(ElderProblem::notFound);
        model.addAttribute("form", ContactForm.of(contact));
        model.addAttribute("contact", contact);
        return form(model, target, contactId);
    }

    @PostMapping({"/elders/{id}/contacts/{contactId}", "/my/elders/{id}/contacts/{contactId}",
            "/my/elder/contacts/{contactId}"})
    String update(@PathVariable(required = false) Long id, @PathVariable long contactId, HttpServletRequest request,
                  @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Target target = target(id, request);
        try {
            contacts.update(target.viewer(), target.elderId(), contactId, form.toDraft());
            redirect.addFlashAttribute("notice", "family.contact.saved");
            return "redirect:" + target.back();
        } catch (ElderProblem problem) {
            model.addAttribute("contact", contacts.find(target.viewer(), target.elderId(), contactId)
                    .orElseThrow(ElderProblem::notFound));
            return again(problem, errors, model, target, contactId);
        }
    }

    @PostMapping({"/elders/{id}/contacts/{contactId}/retire", "/my/elders/{id}/contacts/{contactId}/retire",
            "/my/elder/contacts/{contactId}/retire"})
    String retire(@PathVariable(required = false) Long id, @PathVariable long contactId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Target target = target(id, request);
        contacts.retire(target.viewer(), target.elderId(), contactId);
        redirect.addFlashAttribute("notice", "family.contact.retired");
        return "redirect:" + target.back();
    }

    private String again(ElderProblem problem, BindingResult errors, Model model, Target target, Long contactId) {
        if ("elder.error.notFound".equals(problem.messageKey())) {
            throw problem;
        }
        Problems.reject(errors, problem);
        return form(model, target, contactId);
    }

    private String form(Model model, Target target, Long contactId) {
        model.addAttribute("base", target.base());
        model.addAttribute("back", target.back());
        model.addAttribute("contactId", contactId);
        model.addAttribute("relations", List.of(ContactRelation.values()));
        return FORM;
    }

    /** The path tells whose page this is; each kind of path answers only its own role. */
    private Target target(Long id, HttpServletRequest request) {
        Viewer viewer = currentViewer.require();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/my/elder/")) {
            require(viewer, Role.ELDER);
            long own = accounts.ownElder(viewer).orElseThrow(ElderProblem::notFound).id();
            return new Target(viewer, own, "/my/elder", "/my/elder");
        }
        if (path.startsWith("/my/elders/")) {
            require(viewer, Role.FAMILY);
            return new Target(viewer, id, "/my/elders/" + id, "/my/elders/" + id);
        }
        if (!viewer.is(Role.REGULATOR) && !viewer.is(Role.OPERATOR)) {
            throw new AccessDeniedException("Only staff keep contacts on the elder's file");
        }
        return new Target(viewer, id, "/elders/" + id, "/elders/" + id + "/family");
    }

    private static void require(Viewer viewer, Role role) {
        if (!viewer.is(role)) {
            throw new AccessDeniedException("This page is for " + role + " accounts");
        }
    }
}
