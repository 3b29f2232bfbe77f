package org.yiyang.hotline.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.hotline.internal.CareCallList.CareCall;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.PhoneNumber;

/**
 * A care call in which the elder needs help becomes a call record like an incoming one, tied to the elder and the
 * operator, so that the operator places the order or raises the alarm from the same call page.
 */
@Service
@Transactional
class OutboundCalls {

    private final CallStore store;
    private final ServiceRecipients recipients;
    private final PersonalDataProtection protection;
    private final Clock clock;

    OutboundCalls(CallStore store, ServiceRecipients recipients, PersonalDataProtection protection, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.protection = protection;
        this.clock = clock;
    }

    long open(Viewer operator, CareCall care) {
        Instant now = clock.instant();
        PhoneNumber phone = recipients.find(care.elderId()).map(r -> r.phone()).orElse(null);
        long callId = store.insertOrFind(new CallStore.NewCall(operator.accountId(), "care-" + care.id(), "OUTBOUND",
                care.divisionCode(), phone == null ? null : protection.encrypt(phone.value()),
                phone == null ? null : protection.blindIndex(CallEvents.CALLER_INDEX, phone.value()),
                phone == null ? null : phone.masked(), null, now));
        store.sql("""
                UPDATE hotline_call SET status = 'ANSWERED', rang_at = :at, answered_at = :at, operator_account_id = :op,
                    operator_name = :opName, elder_id = :elder, elder_name = :name WHERE id = :id""")
                .param("at", CallStore.ts(now)).param("op", operator.accountId()).param("opName", operator.displayName())
                .param("elder", care.elderId()).param("name", care.elderName()).param("id", callId).update();
        store.sql("UPDATE hotline_care_call SET call_id = :call WHERE id = :id").param("call", callId)
                .param("id", care.id()).update();
        return callId;
    }
}
