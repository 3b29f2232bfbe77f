package org.yiyang.service.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.LinkedElder;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.service.BookableTime;
import org.yiyang.service.Offering;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.ServiceCatalogue;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.ServiceCategory;

/**
 * Ordering in three steps from the home page: the services near the elder with their next free times (1),
 * a time (2), confirm (3). The elder orders for themself, a family member for a linked elder, a hotline
 * operator for a caller found in the registry.
 */
@Controller
@PreAuthorize("hasAnyRole('ELDER','FAMILY','OPERATOR')")
class OrderingController {

    static final String CHOOSE_ELDER = "service/order-elder";
    static final String OFFERINGS = "service/order-offerings";
    static final String TIMES = "service/order-times";
    static final String CONFIRM = "service/order-confirm";
    static final int TIMES_SHOWN = 4;
    static final int DAYS_AHEAD = 7;

    private final ServiceCatalogue catalogue;
    private final OrderDesk desk;
    private final ServiceRecipients recipients;
    private final FamilyLinks familyLinks;
    private final ElderRegistry registry;
    private final CurrentViewer currentViewer;
    private final java.time.Clock clock;

    OrderingController(ServiceCatalogue catalogue, OrderDesk desk, ServiceRecipients recipients,
                       FamilyLinks familyLinks, ElderRegistry registry, CurrentViewer currentViewer,
                       java.time.Clock clock) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.recipients = recipients;
        this.familyLinks = familyLinks;
        this.registry = registry;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/order")
    String offerings(@RequestParam(required = false) Long elder, @RequestParam(required = false) ServiceCategory category,
                     @RequestParam(defaultValue = "") String q, Model model) {
        Viewer viewer = currentViewer.require();
        Long elderId = elderFor(viewer, elder);
        if (elderId == null) {
            return chooseElder(viewer, q, model);
        }
        var recipient = recipients.forViewer(viewer, elderId);
        List<Offering> offerings = catalogue.forElder(viewer, elderId, null).stream()
                .filter(o -> category == null || o.item().category() == category).toList();
        Map<Long, List<BookableTime>> times = new LinkedHashMap<>();
        LocalDate today = ChinaTime.today(clock);
        for (Offering offering : offerings) {
            times.put(offering.id(), catalogue.bookableTimes(offering.id(), today, DAYS_AHEAD).stream()
                    .filter(BookableTime::available).limit(TIMES_SHOWN).toList());
        }
        model.addAttribute("elder", recipient);
        model.addAttribute("offerings", offerings);
        model.addAttribute("times", times);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("category", category);
        return OFFERINGS;
    }

    @GetMapping("/order/{offeringId}")
    String times(@PathVariable long offeringId, @RequestParam long elder, Model model) {
        Viewer viewer = currentViewer.require();
        var recipient = recipients.forViewer(viewer, elder);
        Offering offering = catalogue.find(offeringId).orElseThrow(OrderProblem::notFound);
        model.addAttribute("elder", recipient);
        model.addAttribute("offering", offering);
        model.addAttribute("times", catalogue.bookableTimes(offeringId, ChinaTime.today(clock), 14));
        return TIMES;
    }

    @GetMapping("/order/{offeringId}/confirm")
    String confirm(@PathVariable long offeringId, @RequestParam long elder, @RequestParam String start, Model model) {
        OrderForm form = new OrderForm(String.valueOf(elder), String.valueOf(offeringId), start, "1", "",
                UUID.randomUUID().toString());
        return confirmPage(form, null, model);
    }

    @PostMapping("/order")
    String place(@ModelAttribute("form") OrderForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            var placed = desk.place(currentViewer.require(), form.toRequest(), form.idempotencyKey());
            redirect.addFlashAttribute("notice", placed.created() ? "service.placed" : "service.placedEarlier");
            return "redirect:/orders/" + placed.orderId();
        } catch (OrderProblem problem) {
            return confirmPage(form, problem, model);
        }
    }

    private String confirmPage(OrderForm form, OrderProblem problem, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("form", form);
        model.addAttribute("refusal", problem);
        try {
            var request = form.toRequest();
            model.addAttribute("elder", recipients.forViewer(viewer, request.elderId()));
            model.addAttribute("offering", catalogue.find(request.offeringId()).orElseThrow(OrderProblem::notFound));
            model.addAttribute("start", request.start());
            if (problem == null) {
                model.addAttribute("shares", desk.quote(viewer, request));
            }
        } catch (OrderProblem invalid) {
            model.addAttribute("refusal", problem == null ? invalid : problem);
        } catch (org.yiyang.elder.ElderProblem notFound) {
            throw OrderProblem.of("elderId", "service.error.elderNotFound");
        }
        return CONFIRM;
    }

    /** The elder the flow is for: given, the viewer's own, or a family member's only linked elder. */
    private Long elderFor(Viewer viewer, Long requested) {
        if (viewer.is(Role.ELDER)) {
            return recipients.ownElderId(viewer).orElseThrow(OrderProblem::notFound);
        }
        if (requested != null) {
            return requested;
        }
        if (viewer.is(Role.FAMILY)) {
            List<LinkedElder> linked = familyLinks.linkedElders(viewer);
            return linked.size() == 1 ? linked.get(0).elder().id() : null;
        }
        return null;
    }

    private String chooseElder(Viewer viewer, String q, Model model) {
        if (viewer.is(Role.FAMILY)) {
            model.addAttribute("linked", familyLinks.linkedElders(viewer));
        } else if (!q.isBlank()) {
            model.addAttribute("found", registry.search(viewer, new ElderQuery(q, null, null, null, null, null,
                    org.yiyang.elder.ElderStatus.ACTIVE), 0, 20).items());
        }
        model.addAttribute("q", q);
        return CHOOSE_ELDER;
    }
}
