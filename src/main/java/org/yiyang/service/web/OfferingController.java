package org.yiyang.service.web;

import java.time.DayOfWeek;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.PriceUnit;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.shared.ServiceItem;

/** A provider's offerings: list, publish, revise, withdraw and re-open. */
@Controller
@PreAuthorize("hasRole('PROVIDER_ADMIN')")
class OfferingController {

    static final String LIST = "service/offerings";
    static final String FORM = "service/offering-form";

    private final ServiceCatalogue catalogue;
    private final CurrentViewer currentViewer;

    OfferingController(ServiceCatalogue catalogue, CurrentViewer currentViewer) {
        this.catalogue = catalogue;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/offerings")
    String list(Model model) {
        model.addAttribute("offerings", catalogue.ofMyProvider(currentViewer.require()));
        return LIST;
    }

    @GetMapping("/offerings/new")
    String create(Model model) {
        return form(OfferingForm.empty(), null, null, model);
    }

    @GetMapping("/offerings/{id}")
    String edit(@PathVariable long id, Model model) {
        Offering offering = mine(id);
        return form(OfferingForm.of(offering), id, null, model);
    }

    @PostMapping("/offerings")
    String publish(@ModelAttribute("form") OfferingForm form, Model model, RedirectAttributes redirect) {
        try {
            catalogue.publish(currentViewer.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "service.offering.published");
            return "redirect:/offerings";
        } catch (OrderProblem problem) {
            return form(form, null, problem, model);
        }
    }

    @PostMapping("/offerings/{id}")
    String revise(@PathVariable long id, @ModelAttribute("form") OfferingForm form, Model model,
                  RedirectAttributes redirect) {
        mine(id);
        try {
            catalogue.revise(currentViewer.require(), id, form.toDraft());
            redirect.addFlashAttribute("notice", "service.offering.revised");
            return "redirect:/offerings";
        } catch (OrderProblem problem) {
            return form(form, id, problem, model);
        }
    }

    @PostMapping("/offerings/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        catalogue.setActive(currentViewer.require(), id, active);
        redirect.addFlashAttribute("notice", active ? "service.offering.reopened" : "service.offering.withdrawn");
        return "redirect:/offerings";
    }

    private Offering mine(long id) {
        return catalogue.ofMyProvider(currentViewer.require()).stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(OrderProblem::notFound);
    }

    private String form(OfferingForm form, Long id, OrderProblem problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("offeringId", id);
        model.addAttribute("refusal", problem);
        model.addAttribute("items", ServiceItem.values());
        model.addAttribute("units", PriceUnit.values());
        model.addAttribute("days", DayOfWeek.values());
        return FORM;
    }
}
