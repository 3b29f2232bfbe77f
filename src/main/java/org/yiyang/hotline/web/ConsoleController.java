package org.yiyang.hotline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.hotline.internal.CareCallList;
import org.yiyang.hotline.internal.Calls;
import org.yiyang.hotline.internal.ConsoleStreams;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.identity.Viewer;
import org.yiyang.notify.EventStreams;

/**
 * The operator's console: calls going on in the division, the live stream that pops an incoming call (event
 * {@code call}), and one call's page with the caller's file and what can be done from it.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ConsoleController {

    static final String CONSOLE = "hotline/console";

    private final Calls calls;
    private final CareCallList careCalls;
    private final ConsoleStreams streams;
    private final CallPageModel callPage;
    private final CurrentViewer currentViewer;

    ConsoleController(Calls calls, CareCallList careCalls, ConsoleStreams streams, CallPageModel callPage,
                      CurrentViewer currentViewer) {
        this.calls = calls;
        this.careCalls = careCalls;
        this.streams = streams;
        this.callPage = callPage;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/hotline")
    String console(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Viewer viewer = currentViewer.require();
        model.addAttribute("live", calls.live(viewer));
        model.addAttribute("careDue", careCalls.open(viewer, 0, 1).total());
        return htmx == null ? CONSOLE : CONSOLE + " :: live";
    }

    @GetMapping(path = "/hotline/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Accel-Buffering", "no");
        return streams.subscribe(currentViewer.require(), EventStreams.whileSessionLives(request.getSession(false)));
    }

    @GetMapping("/hotline/calls/{id}")
    String call(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        return callPage.fill(currentViewer.require(), id, model, htmx != null);
    }
}
