package org.yiyang.care.web.device;

import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.care.CareBeds;
import org.yiyang.care.internal.device.DeviceKind;
import org.yiyang.care.internal.device.DeviceProblem;
import org.yiyang.care.internal.device.DeviceQueries;
import org.yiyang.care.internal.device.DeviceRegistry;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;

/**
 * The device registry pages of the division's provider administrators, regulators and administrators: the list with
 * online status, registering (the secret is shown once), binding to another elder or bed, the geofence of a watch, a
 * new secret, and retiring.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','REGULATOR','PROVIDER_ADMIN')")
class DeviceController {

    static final String LIST = "care/device/list";
    static final String ROWS = "care/device/list :: rows";
    static final String FORM = "care/device/form";
    static final String DETAIL = "care/device/detail";
    static final String SECRET = "care/device/secret";
    private static final int PAGE_SIZE = 20;

    private final DeviceRegistry registry;
    private final DeviceQueries queries;
    private final ElderNames elderNames;
    private final CareBeds beds;
    private final CurrentViewer currentViewer;

    DeviceController(DeviceRegistry registry, DeviceQueries queries, ElderNames elderNames, CareBeds beds,
                     CurrentViewer currentViewer) {
        this.registry = registry;
        this.queries = queries;
        this.elderNames = elderNames;
        this.beds = beds;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/care/devices")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
                @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        DeviceKind chosen = java.util.Arrays.stream(DeviceKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        var result = queries.list(currentViewer.require(), q, chosen, status, page, PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen);
        model.addAttribute("status", status);
        model.addAttribute("kinds", List.of(DeviceKind.values()));
        model.addAttribute("result", result);
        model.addAttribute("elders", elderNames.of(result.items()));
        return htmx != null ? ROWS : LIST;
    }

    @GetMapping("/care/devices/new")
    String newForm(@RequestParam(defaultValue = "") String elderId, @RequestParam(defaultValue = "") String bedId,
                   Model model) {
        model.addAttribute("form", DeviceForm.empty(elderId.isBlank() ? elderOfBed(bedId) : elderId, bedId));
        model.addAttribute("kinds", List.of(DeviceKind.values()));
        return FORM;
    }

    @PostMapping("/care/devices")
    String register(@ModelAttribute("form") DeviceForm form, BindingResult errors, Model model,
                    HttpServletResponse response) {
        try {
            var registered = registry.register(currentViewer.require(), form.toDraft());
            return secret(model, response, registered.id(), registered.code(), registered.secret());
        } catch (DeviceProblem problem) {
            reject(errors, problem);
            model.addAttribute("kinds", List.of(DeviceKind.values()));
            return FORM;
        }
    }

    @GetMapping("/care/devices/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(currentViewer.require(), id, model);
    }

    @PostMapping("/care/devices/{id}/bind")
    String bind(@PathVariable long id, @RequestParam(defaultValue = "") String elderId,
                @RequestParam(defaultValue = "") String bedId, Model model, RedirectAttributes redirect) {
        return change(id, model, redirect, "device.bound", viewer -> registry.rebind(viewer, id,
                DeviceForm.number("elderId", elderId), DeviceForm.number("bedId", bedId)));
    }

    @PostMapping("/care/devices/{id}/fence")
    String fence(@PathVariable long id, @RequestParam(defaultValue = "") String latitude,
                 @RequestParam(defaultValue = "") String longitude, @RequestParam(defaultValue = "") String radius,
                 Model model, RedirectAttributes redirect) {
        return change(id, model, redirect, "device.fenceSet", viewer -> registry.setFence(viewer, id,
                DeviceForm.decimal("latitude", latitude), DeviceForm.decimal("longitude", longitude),
                radius.isBlank() ? null : DeviceForm.number("radius", radius).intValue()));
    }

    @PostMapping("/care/devices/{id}/fence/clear")
    String clearFence(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return change(id, model, redirect, "device.fenceCleared", viewer -> registry.clearFence(viewer, id));
    }

    @PostMapping("/care/devices/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        return change(id, model, redirect, "device.retiredNotice", viewer -> registry.retire(viewer, id, reason));
    }

    @PostMapping("/care/devices/{id}/secret")
    String newSecret(@PathVariable long id, Model model, HttpServletResponse response) {
        Viewer viewer = currentViewer.require();
        String secret = registry.newSecret(viewer, id);
        return secret(model, response, id, queries.find(viewer, id).code(), secret);
    }

    /** The elder of the family care bed the bed's page links from, to fill in the form; empty if none. */
    private String elderOfBed(String bedId) {
        try {
            Viewer viewer = currentViewer.require();
            return bedId.isBlank() ? "" : beds.find(Long.parseLong(bedId.trim()))
                    .filter(b -> viewer.mayView(org.yiyang.shared.DivisionCode.of(b.divisionCode())))
                    .map(b -> Long.toString(b.elderId())).orElse("");
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Runs a change; a problem re-renders the device page with the reason and what was typed, changing nothing. */
    private String change(long id, Model model, RedirectAttributes redirect, String notice, Consumer<Viewer> action) {
        Viewer viewer = currentViewer.require();
        try {
            action.accept(viewer);
        } catch (DeviceProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            model.addAttribute("problem", problem.messageKey());
            model.addAttribute("problemField", problem.field());
            return detailPage(viewer, id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/care/devices/" + id;
    }

    private String detailPage(Viewer viewer, long id, Model model) {
        var device = queries.find(viewer, id);
        model.addAttribute("device", device);
        model.addAttribute("elders", elderNames.of(List.of(device)));
        return DETAIL;
    }

    private static String secret(Model model, HttpServletResponse response, long id, String code, String secret) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("deviceId", id);
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        return SECRET;
    }

    private static void reject(BindingResult errors, DeviceProblem problem) {
        if (problem.field() == null) {
            errors.reject(problem.messageKey());
        } else {
            errors.rejectValue(problem.field(), problem.messageKey());
        }
    }
}
