package org.yiyang.service.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.service.OrderDesk;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderQuery;
import org.yiyang.service.OrderStatus;

/**
 * The orders a viewer may see and one order's page, with the buttons for exactly what the viewer may do now.
 * Each action answers with the order page again; a refused action says why and changes nothing.
 */
@Controller
class OrderPageController {

    static final String LIST = "service/orders";
    static final String ORDER = "service/order";
    static final String ORDER_PANEL = "service/order :: panel";

    private final OrderDesk desk;
    private final ProviderDirectory providers;
    private final CurrentViewer currentViewer;

    OrderPageController(OrderDesk desk, ProviderDirectory providers, CurrentViewer currentViewer) {
        this.desk = desk;
        this.providers = providers;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/orders")
    String list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("orders", desk.list(currentViewer.require(), new OrderQuery(status, null, date), page, 20));
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("date", date);
        return htmx == null ? LIST : LIST + " :: results";
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("order", desk.find(viewer, id).orElseThrow(OrderProblem::notFound));
        providers.membershipOf(viewer).ifPresent(m -> model.addAttribute("caregivers", providers.dispatchableStaff(m.providerId())));
        return htmx == null ? ORDER : ORDER_PANEL;
    }

    @PostMapping("/orders/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "service.done.accepted", () -> desk.accept(currentViewer.require(), id));
    }

    @PostMapping("/orders/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "service.done.refused", () -> desk.refuse(currentViewer.require(), id, reason));
    }

    @PostMapping("/orders/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long staffId, RedirectAttributes redirect) {
        return act(id, redirect, "service.done.assigned", () -> {
            if (staffId == null) {
                throw OrderProblem.of("staffId", "service.error.caregiverUnknown");
            }
            desk.assign(currentViewer.require(), id, staffId);
        });
    }

    @PostMapping("/orders/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "service.done.cancelled", () -> desk.cancel(currentViewer.require(), id, reason));
    }

    @PostMapping("/orders/{id}/no-show")
    String noShow(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "service.done.noShow", () -> desk.noShow(currentViewer.require(), id, reason));
    }

    @PostMapping("/orders/{id}/pay")
    String pay(@PathVariable long id, @RequestParam(defaultValue = "") String method, RedirectAttributes redirect) {
        return act(id, redirect, "service.done.paid", () -> desk.pay(currentViewer.require(), id, method));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (OrderProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            redirect.addFlashAttribute("refusal", problem);
        }
        return "redirect:/orders/" + id;
    }
}
