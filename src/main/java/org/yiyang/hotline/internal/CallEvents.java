package org.yiyang.hotline.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.AccountDirectory.AccountRef;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/**
 * Applies the telephony system's call events. Each event of a call counts once (a repeat changes nothing); the
 * status only moves forward, so an "answered" that arrives after "ended" records the time but leaves the call
 * ended. The caller's number is kept sealed, indexed and masked, and never logged.
 */
@Service
public class CallEvents {

    static final String CALLER_INDEX = "hotline.caller";
    private static final Logger log = LoggerFactory.getLogger(CallEvents.class);

    private final CallStore store;
    private final AccountDirectory accounts;
    private final PersonalDataProtection protection;
    private final ConsoleStreams consoles;
    private final Clock clock;

    CallEvents(CallStore store, AccountDirectory accounts, PersonalDataProtection protection, ConsoleStreams consoles,
               Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.protection = protection;
        this.consoles = consoles;
        this.clock = clock;
    }

    /** The call the event belongs to, its status now, and whether this event changed anything. */
    public record Applied(long callId, CallStatus status, boolean applied) {
    }

    @Transactional
    public Applied apply(Viewer source, CallEvent event) {
        AccountRef operator = event.operator() == null ? null : operator(source, event.operator());
        String division = operator == null ? source.division().value() : operator.division().value();
        var caller = event.caller();
        long callId = store.insertOrFind(new CallStore.NewCall(source.accountId(), event.callKey(), "INBOUND", division,
                caller == null ? null : protection.encrypt(caller.value()),
                caller == null ? null : protection.blindIndex(CALLER_INDEX, caller.value()),
                caller == null ? null : caller.masked(), event.called(), event.at()));
        if (!store.recordEvent(callId, event.kind(), event.at(), clock.instant())) {
            log.info("Repeated {} event of call {} ignored", event.kind(), callId);
            return new Applied(callId, status(callId), false);
        }
        transition(callId, event, operator);
        CallRow call = store.find(callId).orElseThrow();
        afterCommit(new ConsoleStreams.Push(callId, call.status(), call.operatorAccountId(), call.divisionCode()));
        log.info("Call {} {} (now {})", callId, event.kind(), call.status());
        return new Applied(callId, call.status(), true);
    }

    private void transition(long callId, CallEvent event, AccountRef operator) {
        String set = switch (event.kind()) {
            case RINGING -> "rang_at = COALESCE(rang_at, :at)";
            case ANSWERED -> "answered_at = :at, status = CASE WHEN status = 'ENDED' THEN 'ENDED' ELSE 'ANSWERED' END";
            case ENDED -> "ended_at = :at, status = 'ENDED'";
        };
        String assign = operator == null ? "" : ", operator_account_id = :operator, operator_name = :operatorName";
        var update = store.sql("UPDATE hotline_call SET " + set + assign + ", updated_at = :now WHERE id = :id")
                .param("at", CallStore.ts(event.at())).param("now", CallStore.ts(clock.instant())).param("id", callId);
        if (operator != null) {
            update = update.param("operator", operator.id()).param("operatorName", operator.displayName());
        }
        update.update();
    }

    /** The operator named by the event: an enabled OPERATOR account within the telephony account's division. */
    private AccountRef operator(Viewer source, String username) {
        return accounts.findByUsername(username)
                .filter(a -> a.enabled() && a.role() == Role.OPERATOR && source.mayView(a.division()))
                .orElseThrow(() -> HotlineProblem.badInput("operator", "hotline.event.unknownOperator"));
    }

    private CallStatus status(long callId) {
        return store.find(callId).map(CallRow::status).orElseThrow();
    }

    private void afterCommit(ConsoleStreams.Push push) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            consoles.publish(push);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                consoles.publish(push);
            }
        });
    }
}
