package org.yiyang.elder.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.ElderAccounts;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.HomeLocations;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * Setting an elder's home position, for each of the three who may: staff on the elder's file
 * ({@code /elders/{id}/home}), a linked family member ({@code /my/elders/{id}/home}) and the elder
 * ({@code /my/elder/home}). Only staff who may edit the file see the stored coordinates in the form; the elder
 * and family see that a position is on file and may replace it. htmx swaps the section on the file page.
 */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR','OPERATOR','FAMILY','ELDER')")
class HomeLocationController {

    static final String PAGE = "elder/home-location";
    static final String EDITOR = PAGE + " :: homeEditor";
    static final String SECTION = PAGE + " :: homeSummary";

    private final HomeLocations homes;
    private final ElderRegistry registry;
    private final FamilyLinks links;
    private final ElderAccounts accounts;
    private final CurrentViewer currentViewer;

    HomeLocationController(HomeLocations homes, ElderRegistry registry, FamilyLinks links, ElderAccounts accounts,
                           CurrentViewer currentViewer) {
        this.homes = homes;
        this.registry = registry;
        this.links = links;
        this.accounts = accounts;
        this.currentViewer = currentViewer;
    }

    /** Whose home, the elder's name, the path prefix of the page, and whether the viewer is staff. */
    private record Target(Viewer viewer, long elderId, String name, String base, boolean staff) {
    }

    @GetMapping({"/elders/{id}/home", "/my/elders/{id}/home", "/my/elder/home"})
    String form(@PathVariable(required = false) Long id, HttpServletRequest request,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Target target = target(id, request);
        model.addAttribute("homeForm", target.staff()
                ? homes.forEditing(target.viewer(), target.elderId()).map(HomeLocationForm::of)
                        .orElseGet(HomeLocationForm::empty)
                : HomeLocationForm.empty());
        return editor(model, target, htmx);
    }

    @PostMapping({"/elders/{id}/home", "/my/elders/{id}/home", "/my/elder/home"})
    String save(@PathVariable(required = false) Long id, HttpServletRequest request,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @ModelAttribute("homeForm") HomeLocationForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Target target = target(id, request);
        try {
            homes.setHomeLocation(target.viewer(), target.elderId(), form.toPoint(), form.sourceValue());
        } catch (ElderProblem problem) {
            if ("elder.error.notFound".equals(problem.messageKey())) {
                throw problem;
            }
            Problems.reject(errors, problem);
            return editor(model, target, htmx);
        }
        if (htmx == null) {
            redirect.addFlashAttribute("notice", "elder.home.saved");
            return "redirect:" + target.base();
        }
        model.addAttribute("homeNotice", "elder.home.saved");
        model.addAttribute("homeEditable", true);
        section(model, target);
        return SECTION;
    }

    @ExceptionHandler(ElderProblem.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ElderProblem problem, HttpServletRequest request, Model model) {
        model.addAttribute("messageKey", problem.messageKey());
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/my/")
                ? "elder/family-not-found" : "elder/not-found";
    }

    private String editor(Model model, Target target, String htmx) {
        section(model, target);
        model.addAttribute("elderName", target.name());
        return htmx != null ? EDITOR : PAGE;
    }

    private void section(Model model, Target target) {
        model.addAttribute("homeLocation", homes.onFile(target.viewer(), target.elderId()).orElse(null));
        model.addAttribute("homeBase", target.base());
    }

    /** The path tells whose page this is; each kind of path answers only its own role. */
    private Target target(Long id, HttpServletRequest request) {
        Viewer viewer = currentViewer.require();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/my/elder/")) {
            require(viewer, Role.ELDER);
            var own = accounts.ownElder(viewer).orElseThrow(ElderProblem::notFound);
            return new Target(viewer, own.id(), own.name(), "/my/elder", false);
        }
        if (path.startsWith("/my/elders/")) {
            require(viewer, Role.FAMILY);
            var linked = links.linkedElder(viewer, id).orElseThrow(ElderProblem::notFound);
            return new Target(viewer, id, linked.elder().name(), "/my/elders/" + id, false);
        }
        if (!viewer.is(Role.REGULATOR) && !viewer.is(Role.OPERATOR)) {
            throw new AccessDeniedException("Only registry staff set the home position on the elder's file");
        }
        var elder = registry.find(viewer, id).orElseThrow(ElderProblem::notFound);
        return new Target(viewer, id, elder.summary().name(), "/elders/" + id, true);
    }

    private static void require(Viewer viewer, Role role) {
        if (!viewer.is(role)) {
            throw new AccessDeniedException("This page is for " + role + " accounts");
        }
    }
}
