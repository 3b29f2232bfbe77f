package org.yiyang.notify;

import org.yiyang.shared.PhoneNumber;

/**
 * Sends a text message. The bundled implementation records each message (to, text, time) in the database
 * and sends nothing; an operator's deployment provides a bean of this type for its carrier's gateway.
 */
public interface SmsGateway {

    void send(PhoneNumber to, String text);
}
