package org.yiyang.hotline.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.elder.ElderProblem;
import org.yiyang.hotline.internal.CallActions;
import org.yiyang.hotline.internal.CallOutcome;
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.hotline.internal.TicketTopic;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.service.OrderProblem;

/**
 * What the operator does from a call page. A refused form comes back on the call page with the reason in the
 * viewer's language and what was typed; a success goes back to the call page with a notice.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class CallActionController {

    private final CallActions actions;
    private final CallPageModel callPage;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    CallActionController(CallActions actions, CallPageModel callPage, CurrentViewer currentViewer,
                         MessageSource messages) {
        this.actions = actions;
        this.callPage = callPage;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @PostMapping("/hotline/calls/{id}/elder")
    String chooseElder(@PathVariable long id, @RequestParam(required = false) Long elderId, Model model,
                       RedirectAttributes redirect) {
        return act(id, "elder", Map.of(), model, redirect, "hotline.done.elderChosen", () -> {
            if (elderId == null) {
                throw HotlineProblem.badInput("elderId", "hotline.call.chooseElder");
            }
            actions.chooseElder(currentViewer.require(), id, elderId);
            return null;
        });
    }

    @PostMapping("/hotline/calls/{id}/order")
    String order(@PathVariable long id, @RequestParam(required = false) Long offeringId,
                 @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "1") int quantity,
                 @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String key, Model model,
                 RedirectAttributes redirect) {
        Map<String, Object> typed = Map.of("start", start, "note", note, "quantity", quantity,
                "offeringId", offeringId == null ? "" : offeringId);
        return act(id, "order", typed, model, redirect, "hotline.done.order", () -> {
            if (offeringId == null) {
                throw HotlineProblem.badInput("offeringId", "hotline.order.offeringRequired");
            }
            return actions.placeOrder(currentViewer.require(), id, offeringId, startTime(start), quantity, note, key);
        });
    }

    @PostMapping("/hotline/calls/{id}/alarm")
    String alarm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, "alarm", Map.of(), model, redirect, "hotline.done.alarm",
                () -> actions.raiseAlarm(currentViewer.require(), id));
    }

    @PostMapping("/hotline/calls/{id}/complaint")
    String complaint(@PathVariable long id, @RequestParam(required = false) Long orderId,
                     @RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
        return act(id, "complaint", Map.of("text", text), model, redirect, "hotline.done.complaint", () -> {
            if (orderId == null) {
                throw HotlineProblem.badInput("orderId", "hotline.complaint.orderRequired");
            }
            return actions.fileComplaint(currentViewer.require(), id, orderId, text);
        });
    }

    @PostMapping("/hotline/calls/{id}/ticket")
    String ticket(@PathVariable long id, @RequestParam(required = false) TicketTopic topic,
                  @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String answer,
                  Model model, RedirectAttributes redirect) {
        return act(id, "ticket", Map.of("question", question, "answer", answer), model, redirect, "hotline.done.ticket",
                () -> actions.openTicket(currentViewer.require(), id, topic, question, answer));
    }

    @PostMapping("/hotline/calls/{id}/wrap-up")
    String wrapUp(@PathVariable long id, @RequestParam(required = false) CallOutcome outcome,
                  @RequestParam(defaultValue = "") String notes, Model model, RedirectAttributes redirect) {
        return act(id, "wrapUp", Map.of("notes", notes), model, redirect, "hotline.done.wrapUp", () -> {
            actions.wrapUp(currentViewer.require(), id, outcome, notes);
            return null;
        });
    }

    private String act(long callId, String form, Map<String, Object> typed, Model model, RedirectAttributes redirect,
                       String doneKey, Supplier<Long> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", doneKey);
            return "redirect:/hotline/calls/" + callId;
        } catch (HotlineProblem | OrderProblem | ElderProblem refused) {
            if (FormError.notFound(refused)) {
                throw refused;
            }
            model.addAttribute("error", FormError.of(form, refused, messages));
            model.addAttribute("typed", typed);
            return callPage.fill(currentViewer.require(), callId, model, false);
        }
    }

    private static LocalDateTime startTime(String value) {
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HotlineProblem.badInput("start", "hotline.order.startInvalid");
        }
    }
}
