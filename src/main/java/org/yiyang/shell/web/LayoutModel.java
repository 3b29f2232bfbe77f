package org.yiyang.shell.web;

import org.yiyang.shared.ChinaTime;
import java.time.ZoneId;
import java.util.List;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Preferences;
import org.yiyang.identity.Viewer;
import org.yiyang.notify.Inbox;
import org.yiyang.shared.Language;

/**
 * What the layout needs on every page, error pages included, exposed to templates as {@code shell}.
 */
@Component
class LayoutModel {


    private final Preferences preferences;
    private final CurrentViewer currentViewer;
    private final RoleHomes homes;
    private final Inbox inbox;
    private final boolean demo;

    LayoutModel(Preferences preferences, CurrentViewer currentViewer, RoleHomes homes, Inbox inbox,
                @Value("${yiyang.demo.enabled:false}") boolean demo) {
        this.preferences = preferences;
        this.currentViewer = currentViewer;
        this.homes = homes;
        this.inbox = inbox;
        this.demo = demo;
    }

    public boolean demo() {
        return demo;
    }

    public boolean elderMode() {
        return preferences.current().elderMode();
    }

    public Language language() {
        return preferences.current().language();
    }

    /** Instants are stored in UTC and shown in China Standard Time. */
    public ZoneId zone() {
        return ChinaTime.ZONE;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public Optional<Viewer> viewer() {
        return currentViewer.get();
    }

    /** The signed-in account's unread notices for the header badge; 0 when the count cannot be had (an error page). */
    public long unreadCount() {
        try {
            return viewer().map(v -> inbox.unreadCount(v.accountId())).orElse(0L);
        } catch (DataAccessException unavailable) {
            return 0;
        }
    }

    /** The page being shown (path and query), so a preference switch can come back to it. */
    public String currentPath() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwarded != null || request.getDispatcherType() == DispatcherType.ERROR) {
            return "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The current page's address with another page number, for pagers (full pages and htmx fragments alike). */
    public String pageUrl(int page) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?page=" + page;
        }
        HttpServletRequest request = attributes.getRequest();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.startsWith("_")) {
                url.queryParam(name, (Object[]) values);
            }
        });
        return url.queryParam("page", page).encode().build().toUriString();
    }

    /** Navigation for the signed-in role; elder mode shows only the first few entries. */
    public List<RoleHomes.Card> navigation() {
        return viewer().map(v -> homes.cardsFor(v.role()).stream().filter(RoleHomes.Card::available)
                .limit(elderMode() ? 3 : 8).toList()).orElse(List.of());
    }
}
