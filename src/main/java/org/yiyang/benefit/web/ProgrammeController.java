package org.yiyang.benefit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.benefit.BenefitProblem;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.EnrolmentStatus;
import org.yiyang.benefit.Payout;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.ProgrammeDetails;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.ProgrammePage;
import org.yiyang.benefit.ProgrammeStatus;
import org.yiyang.benefit.Programmes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.Role;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;

/** A regulator's programmes: the list, one programme's page, defining and revising one, moving its status. */
@Controller
@PreAuthorize("hasAnyRole('REGULATOR', 'ADMIN')")
class ProgrammeController {

    static final String LIST = "benefit/programmes";
    static final String PAGE = "benefit/programme";
    static final String FORM = "benefit/programme-form";

    private final Programmes programmes;
    private final CurrentViewer currentViewer;
    private final DivisionDirectory divisions;

    ProgrammeController(Programmes programmes, CurrentViewer currentViewer, DivisionDirectory divisions) {
        this.programmes = programmes;
        this.currentViewer = currentViewer;
        this.divisions = divisions;
    }

    @GetMapping("/benefit/programmes")
    String list(@RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ProgrammePage result = programmes.list(currentViewer.require(), page, 20);
        model.addAttribute("result", result);
        model.addAttribute("divisionNames", divisions.names(result.items().stream().map(p -> p.division().value()).toList()));
        return htmx == null ? LIST : LIST + " :: rows";
    }

    @GetMapping("/benefit/programmes/new")
    String create(Model model) {
        return form(ProgrammeForm.empty(currentViewer.require().division()), null, null, model);
    }

    @PostMapping("/benefit/programmes")
    String define(@ModelAttribute("form") ProgrammeForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = programmes.create(currentViewer.require(), form.toDraft());
            redirect.addFlashAttribute("notice", "benefit.programme.created");
            return "redirect:/benefit/programmes/" + id;
        } catch (BenefitProblem problem) {
            return form(form, null, problem, model);
        }
    }

    @GetMapping("/benefit/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        ProgrammeDetails details = programmes.details(currentViewer.require(), id).orElseThrow(BenefitProblem::notFound);
        model.addAttribute("details", details);
        model.addAttribute("p", details.programme());
        model.addAttribute("divisionName", divisionName(details.programme()));
        model.addAttribute("enrolmentStatuses", EnrolmentStatus.values());
        return PAGE;
    }

    @GetMapping("/benefit/programmes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ProgrammeDetails details = editable(id);
        return form(ProgrammeForm.of(details.programme()), details.programme(), null, model);
    }

    @PostMapping("/benefit/programmes/{id}")
    String revise(@PathVariable long id, @ModelAttribute("form") ProgrammeForm form, Model model,
                  RedirectAttributes redirect) {
        Programme current = editable(id).programme();
        try {
            programmes.revise(currentViewer.require(), id, form.version() == null ? -1 : form.version(),
                    form.toRevision(current.kind()));
            redirect.addFlashAttribute("notice", "benefit.programme.revised");
            return "redirect:/benefit/programmes/" + id;
        } catch (BenefitProblem problem) {
            return form(form, current, problem, model);
        }
    }

    @PostMapping("/benefit/programmes/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam ProgrammeStatus status, @RequestParam int version,
                        RedirectAttributes redirect) {
        try {
            programmes.changeStatus(currentViewer.require(), id, version, status);
            redirect.addFlashAttribute("notice", "benefit.programme.done." + status.name());
        } catch (BenefitProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("refusal", problem);
        }
        return "redirect:/benefit/programmes/" + id;
    }

    private ProgrammeDetails editable(long id) {
        ProgrammeDetails details = programmes.details(currentViewer.require(), id).orElseThrow(BenefitProblem::notFound);
        if (!details.editable()) {
            throw BenefitProblem.conflict("benefit.error.readOnly");
        }
        return details;
    }

    private String divisionName(Programme p) {
        return divisions.find(p.division()).map(Division::name).orElse(p.division().value());
    }

    private String form(ProgrammeForm form, Programme existing, BenefitProblem problem, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("refusal", problem);
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("payoutsByKind", payoutsByKind());
        model.addAttribute("payouts", Payout.values());
        model.addAttribute("modes", EnrolmentMode.values());
        model.addAttribute("divisionChoices", definable(viewer));
        if (existing != null) {
            model.addAttribute("divisionName", divisionName(existing));
        }
        return FORM;
    }

    /** The divisions a viewer may define programmes for: their own and those below it down to banners (an administrator: all). */
    private List<Division> definable(Viewer viewer) {
        DivisionCode root = viewer.is(Role.ADMIN) ? DivisionCode.INNER_MONGOLIA : viewer.division();
        List<Division> choices = new ArrayList<>();
        divisions.find(root).filter(d -> root.level() <= 3).ifPresent(choices::add);
        for (int level = root.level() + 1; level <= 3; level++) {
            choices.addAll(divisions.descendants(root, level));
        }
        choices.sort(Comparator.comparing(Division::code));
        return choices;
    }

    private static Map<String, List<Payout>> payoutsByKind() {
        Map<String, List<Payout>> byKind = new LinkedHashMap<>();
        Arrays.stream(ProgrammeKind.values()).forEach(k -> byKind.put(k.name(), ProgrammeDraft.payoutsFor(k)));
        return byKind;
    }
}
