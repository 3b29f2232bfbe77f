package org.yiyang.notify.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.notify.SmsGateway;
import org.yiyang.shared.PhoneNumber;

/**
 * The bundled gateway: records each message in {@code notify_sms} and sends nothing. It is a
 * {@link Fallback @Fallback} bean, so any other {@link SmsGateway} bean a deployment declares is the one injected.
 * The phone is sealed and the text is never logged.
 */
@Component
@Fallback
class RecordingSmsGateway implements SmsGateway {

    static final String RECORDED = "RECORDED";
    static final int MAX_TEXT = 1000;
    private static final Logger log = LoggerFactory.getLogger(RecordingSmsGateway.class);

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    private final Clock clock;

    RecordingSmsGateway(JdbcClient jdbc, PersonalDataProtection protection, Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public void send(PhoneNumber to, String text) {
        if (to == null || text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An SMS needs a phone number and a text of 1 to " + MAX_TEXT + " characters");
        }
        jdbc.sql("""
                INSERT INTO notify_sms (phone_enc, phone_masked, text, created_at, status)
                VALUES (:phone, :masked, :text, :at, :status)""")
                .param("phone", protection.encrypt(to.value())).param("masked", to.masked()).param("text", text)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("status", RECORDED).update();
        log.debug("SMS recorded, not sent ({} characters)", text.length());
    }
}
