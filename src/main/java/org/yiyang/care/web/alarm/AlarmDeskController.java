package org.yiyang.care.web.alarm;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.care.internal.alarm.AlarmDesk;
import org.yiyang.care.internal.alarm.DeskStreams;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.notify.EventStreams;

/**
 * The 12349 desk console: the queue of the viewer's division (most urgent, then longest waiting, first) and its live
 * event stream ({@code /care/alarms/stream}, docs/care-alarms.md), on which new alarms arrive within a second.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','REGULATOR','ADMIN')")
class AlarmDeskController {

    static final String DESK = "care/alarm/desk";
    static final int PAGE_SIZE = 20;

    private final AlarmDesk desk;
    private final DeskStreams streams;
    private final CurrentViewer currentViewer;
    private final Clock clock;

    AlarmDeskController(AlarmDesk desk, DeskStreams streams, CurrentViewer currentViewer, Clock clock) {
        this.desk = desk;
        this.streams = streams;
        this.currentViewer = currentViewer;
        this.clock = clock;
    }

    @GetMapping("/care/alarms")
    String queue(@RequestParam(defaultValue = "0") int page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("queue", desk.queue(viewer, page, PAGE_SIZE));
        model.addAttribute("now", clock.instant());
        return htmx == null ? DESK : DESK + " :: rows";
    }

    @GetMapping(path = "/care/alarms/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(HttpServletRequest request, HttpServletResponse response) {
        Viewer viewer = currentViewer.require();
        response.setHeader("X-Accel-Buffering", "no");
        return streams.subscribe(viewer.division(), LocaleContextHolder.getLocale(),
                EventStreams.whileSessionLives(request.getSession(false)));
    }
}
