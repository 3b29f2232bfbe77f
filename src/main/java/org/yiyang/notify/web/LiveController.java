package org.yiyang.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.identity.CurrentViewer;
import org.yiyang.notify.EventStreams;
import org.yiyang.notify.internal.LiveStreams;

/**
 * The live feed of the signed-in account's notices (Server-Sent Events, event {@code notice}); docs/notifications.md
 * describes the protocol. Texts come in the language of the page that opened the stream.
 */
@Controller
class LiveController {

    private final LiveStreams streams;
    private final CurrentViewer currentViewer;

    LiveController(LiveStreams streams, CurrentViewer currentViewer) {
        this.streams = streams;
        this.currentViewer = currentViewer;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(HttpServletRequest request, HttpServletResponse response) {
        long accountId = currentViewer.require().accountId();
        // nginx and similar proxies would otherwise buffer the stream
        response.setHeader("X-Accel-Buffering", "no");
        return streams.subscribe(accountId, LocaleContextHolder.getLocale(), EventStreams.whileSessionLives(request.getSession(false)));
    }
}
