package org.yiyang.hotline.internal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.yiyang.identity.Viewer;
import org.yiyang.notify.EventStreams;
import org.yiyang.shared.DivisionCode;

/**
 * The operators' open consoles on this node (Server-Sent Events, event {@code call}). A call for a named operator
 * pops on that operator's consoles; a call still waiting in the queue pops on every console whose operator's
 * division contains the desk's division. Events carry only the call's id and status, never personal data: the
 * console then loads the screen-pop page, which applies the operator's own access rights.
 */
@Component
public class ConsoleStreams implements SmartLifecycle {

    static final String EVENT = "call";
    static final int MAX_STREAMS = 2000;

    private record Console(long accountId, DivisionCode division) {
    }

    /** What a console is told: which call, its status, whether it is meant for this operator by name. */
    public record Push(long callId, CallStatus status, Long operatorAccountId, String divisionCode) {
    }

    private final EventStreams<Console> consoles;

    ConsoleStreams(@Value("${yiyang.hotline.heartbeat:25s}") Duration heartbeat) {
        this.consoles = new EventStreams<>("hotline-console", heartbeat, MAX_STREAMS);
    }

    public SseEmitter subscribe(Viewer operator, BooleanSupplier signedIn) {
        return consoles.open(new Console(operator.accountId(), operator.division()), signedIn);
    }

    public int openConsoles(long accountId) {
        return consoles.count(c -> c.accountId() == accountId);
    }

    /** Sends the push in the background, so that the telephony system's request never waits for a browser. */
    public void publish(Push push) {
        DivisionCode desk = DivisionCode.of(push.divisionCode());
        String data = "{\"callId\":" + push.callId() + ",\"status\":\"" + push.status().name() + "\"}";
        consoles.publish(c -> push.operatorAccountId() == null
                        ? c.division().contains(desk) : push.operatorAccountId() == c.accountId(),
                c -> SseEmitter.event().name(EVENT).id(String.valueOf(push.callId())).data(data));
    }

    @Override
    public void start() {
        consoles.start();
    }

    /** Closes every console before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        consoles.stop();
    }

    @Override
    public boolean isRunning() {
        return consoles.isRunning();
    }
}
