package org.yiyang.notify.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.notify.internal.InboxEntry;
import org.yiyang.notify.internal.InboxStore;
import org.yiyang.notify.internal.LocalLink;
import org.yiyang.notify.internal.NoticeText;

/** The signed-in account's inbox: its own notices only, newest first, each rendered in the reader's language. */
@Controller
class InboxController {

    static final String VIEW = "notify/inbox";
    static final String ROWS = VIEW + " :: rows";
    static final String BADGE = "notify/badge :: badge";
    static final String NOT_FOUND = "notify/not-found";
    static final int PAGE_SIZE = 20;

    private final InboxStore inbox;
    private final NoticeText text;
    private final CurrentViewer currentViewer;

    InboxController(InboxStore inbox, NoticeText text, CurrentViewer currentViewer) {
        this.inbox = inbox;
        this.text = text;
        this.currentViewer = currentViewer;
    }

    /** One line of the inbox page, its text already in the reader's language. */
    record Line(long id, String text, String link, Instant createdAt, boolean unread) {
    }

    @GetMapping("/inbox")
    String list(@RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        long account = currentViewer.require().accountId();
        int current = Math.max(0, page);
        long total = inbox.count(account);
        Locale locale = LocaleContextHolder.getLocale();
        List<Line> lines = inbox.page(account, current, PAGE_SIZE).stream()
                .map(e -> new Line(e.id(), text.render(e, locale), e.link(), e.createdAt(), e.unread())).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("unread", inbox.unreadCount(account));
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return htmx != null ? ROWS : VIEW;
    }

    /** Opening a notice marks it read and goes to the page it is about. */
    @PostMapping("/inbox/{id}/read")
    String open(@PathVariable long id) {
        long account = currentViewer.require().accountId();
        InboxEntry entry = inbox.find(account, id).orElseThrow(NoticeNotFound::new);
        inbox.markRead(account, id);
        return "redirect:" + (LocalLink.isLocal(entry.link()) ? entry.link() : "/inbox");
    }

    @PostMapping("/inbox/read-all")
    String readAll(RedirectAttributes redirect) {
        inbox.markAllRead(currentViewer.require().accountId());
        redirect.addFlashAttribute("notice", "notify.inbox.allRead");
        return "redirect:/inbox";
    }

    /** The header badge alone, for htmx and the live script to refresh. */
    @GetMapping("/inbox/unread-count")
    String unreadCount(Model model) {
        model.addAttribute("count", inbox.unreadCount(currentViewer.require().accountId()));
        return BADGE;
    }

    @ExceptionHandler(NoticeNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
    }

    /** Missing, or another account's: the same answer for both. */
    static final class NoticeNotFound extends RuntimeException {
        NoticeNotFound() {
            super("No such notice in this inbox", null, false, false);
        }
    }
}
