package org.yiyang.hotline.web;

import io.swagger.v3.oas.annotations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yiyang.hotline.internal.CallEventParser;
import org.yiyang.hotline.internal.CallEvents;
import org.yiyang.hotline.internal.HotlineProblem;
import org.yiyang.identity.CurrentViewer;

/**
 * The telephony system's call events (docs/hotline.md): ringing, answered, ended. Authenticated by an API token of
 * the desk's system account; a repeated event is answered 200 and changes nothing, a new one 202.
 */
@RestController
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
class CallEventApiController {

    private static final Logger log = LoggerFactory.getLogger(CallEventApiController.class);

    private final CallEventParser parser;
    private final CallEvents events;
    private final CurrentViewer currentViewer;
    private final MessageSource messages;

    CallEventApiController(CallEventParser parser, CallEvents events, CurrentViewer currentViewer,
                           MessageSource messages) {
        this.parser = parser;
        this.events = events;
        this.currentViewer = currentViewer;
        this.messages = messages;
    }

    /** The reply: the platform's id of the call, its status now, and whether this event changed anything. */
    record Reply(long callId, String status, boolean applied) {
    }

    @Operation(summary = "Report a call event (RINGING, ANSWERED, ENDED) from the telephony system; JSON as in "
            + "docs/hotline.md. 202 when applied, 200 for a repeated event, 400 for a malformed one")
    @PostMapping(path = "/api/v1/hotline/call-events")
    ResponseEntity<Reply> post(@RequestBody(required = false) String body) {
        var viewer = currentViewer.require();
        var event = parser.parse(body);
        CallEvents.Applied applied;
        try {
            applied = events.apply(viewer, event);
        } catch (DataIntegrityViolationException raced) {
            // Two first events of one call at the same moment: the other one created the call, so this applies to it.
            applied = events.apply(viewer, event);
        }
        var reply = new Reply(applied.callId(), applied.status().name(), applied.applied());
        return ResponseEntity.status(applied.applied() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(reply);
    }

    @ExceptionHandler(HotlineProblem.class)
    ProblemDetail refused(HotlineProblem problem) {
        // The field name and the reason only: never the number or any other value of the event.
        log.warn("Call event refused: {} (field {})", problem.messageKey(), problem.field());
        HttpStatus status = problem.kind() == HotlineProblem.Kind.CONFLICT ? HttpStatus.CONFLICT
                : problem.kind() == HotlineProblem.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(problem.messageKey(), problem.args(), LocaleContextHolder.getLocale()));
        detail.setProperty("code", problem.messageKey());
        if (problem.field() != null) {
            detail.setProperty("field", problem.field());
        }
        return detail;
    }
}
