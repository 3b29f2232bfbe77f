package org.yiyang.care.web.bed;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.care.internal.bed.AdaptationItem;
import org.yiyang.care.internal.bed.BedDesk;
import org.yiyang.care.internal.bed.BedProblem;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.ServiceCategory;
import org.yiyang.shared.ServiceItem;

/**
 * Registering a family care bed and correcting it before acceptance (provider administrator, admin). A refused
 * form is shown again with what was typed and the reason beside the field.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVIDER_ADMIN','ADMIN')")
class BedFormController {

    static final String FORM = "care/bed/form";

    private final BedDesk desk;
    private final CurrentViewer currentViewer;

    BedFormController(BedDesk desk, CurrentViewer currentViewer) {
        this.desk = desk;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/care/beds/new")
    String newBed(Model model) {
        return form(BedForm.empty(), null, null, model);
    }

    @PostMapping("/care/beds")
    String register(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        BedForm form = BedForm.from(params);
        try {
            long id = desk.register(currentViewer.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "carebed.done.registered");
            return "redirect:/care/beds/" + id;
        } catch (BedProblem problem) {
            return form(form, null, problem, model);
        }
    }

    @GetMapping("/care/beds/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var view = desk.forEditing(currentViewer.require(), id);
        if (!view.allowed().edit()) {
            throw BedProblem.wrongState(view.bed().status());
        }
        return form(BedForm.of(view), id, null, model);
    }

    @PostMapping("/care/beds/{id}/edit")
    String revise(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        BedForm form = BedForm.from(params);
        try {
            desk.revise(currentViewer.require(), id, form.toDraft());
            redirect.addFlashAttribute("notice", "carebed.done.revised");
            return "redirect:/care/beds/" + id;
        } catch (BedProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            return form(form, id, problem, model);
        }
    }

    private String form(BedForm form, Long bedId, BedProblem problem, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("form", form);
        model.addAttribute("bedId", bedId);
        model.addAttribute("refusal", problem);
        model.addAttribute("items", planItems(viewer, form));
        model.addAttribute("adaptationItems", AdaptationItem.values());
        model.addAttribute("choosesProvider", viewer.is(org.yiyang.identity.Role.ADMIN) && bedId == null);
        return FORM;
    }

    /** The items a plan may name: the provider's registered services when known, otherwise every visit item. */
    private List<ServiceItem> planItems(Viewer viewer, BedForm form) {
        try {
            Long requested = form.providerId().isBlank() ? null : Long.valueOf(form.providerId().strip());
            return desk.contractedProvider(viewer, requested).services().stream().sorted().toList();
        } catch (BedProblem | NumberFormatException unknownYet) {
            return Arrays.stream(ServiceItem.values())
                    .filter(item -> item.category() != ServiceCategory.HOME_ADAPTATION).toList();
        }
    }
}
