package org.yiyang.hotline.web;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.hotline.internal.Tickets;
import org.yiyang.identity.CurrentViewer;

/** Consultation tickets of the desk's division: the list (open first) and the answer to an open one. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class TicketController {

    static final String VIEW = "hotline/tickets";
    static final int PAGE_SIZE = 20;

    private final Tickets tickets;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    TicketController(Tickets tickets, CurrentViewer currentViewer, MessageSource messages) {
        this.tickets = tickets;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    @GetMapping("/hotline/tickets")
    String list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("result", tickets.page(currentViewer.require(), open, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("open", open);
        return htmx == null ? VIEW : VIEW + " :: rows";
    }

    @PostMapping("/hotline/tickets/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
        try {
            tickets.answer(currentViewer.require(), id, answer);
            redirect.addFlashAttribute("notice", "hotline.done.ticketAnswered");
        } catch (HotlineProblem problem) {
            if (FormError.notFound(problem)) {
                throw problem;
            }
            redirect.addFlashAttribute("ticketError", FormError.of("ticket-" + id, problem, messages));
            redirect.addFlashAttribute("typedAnswer", answer);
        }
        return "redirect:/hotline/tickets";
    }
}
