package org.yiyang.care.internal.alarm;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.yiyang.care.AlarmPriority;
import org.yiyang.care.AlarmRaised;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;
import org.yiyang.notify.SmsGateway;
import org.yiyang.shared.PhoneNumber;

/**
 * Tells the elder's own account and confirmed family members about a new alarm (inbox and live), sends the elder's
 * emergency contacts (紧急联系人) a text message when the alarm is urgent (critical or high priority), and records
 * both as the NOTIFIED step. Redelivered after a crash;
 * the step is written once (level 0), and only the delivery that wrote it tells anyone, so nobody is told twice.
 */
@Component
class AlarmNotices {

    static final String SYSTEM = "system";

    private final AlarmStore store;
    private final ServiceRecipients recipients;
    private final Notifier notifier;
    private final SmsGateway sms;
    private final MessageSource messages;
    private final Clock clock;

    AlarmNotices(AlarmStore store, ServiceRecipients recipients, Notifier notifier, SmsGateway sms,
                 MessageSource messages, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.notifier = notifier;
        this.sms = sms;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AlarmRaised raised) {
        List<Long> accounts = recipients.accountsToNotify(raised.elderId());
        // a leak, a door or a silent device is the family's and the desk's business; a text to every contact is not
        List<PhoneNumber> contacts = raised.priority() == AlarmPriority.NORMAL ? List.of()
                : recipients.emergencyPhones(raised.elderId());
        boolean first = store.append(raised.alarmId(), AlarmStep.of(AlarmStepKind.NOTIFIED, clock.instant(), null, SYSTEM)
                .with(null, null, null, 0, String.valueOf(contacts.size()), String.valueOf(accounts.size())));
        if (!first) {
            return;
        }
        if (!accounts.isEmpty()) {
            notifier.notify(accounts, new Notice("alarm:" + raised.alarmId(), "alarm.notice.raised",
                    List.of(String.valueOf(raised.alarmId())), "/"));
        }
        if (!contacts.isEmpty()) {
            // text messages go to phones in China, in Chinese, as the service module's do
            String name = recipients.find(raised.elderId()).map(ServiceRecipient::name).map(AlarmNotices::masked)
                    .orElse("");
            String text = messages.getMessage("alarm.sms.raised", new Object[] {name,
                    messages.getMessage(raised.kind().messageKey(), null, Locale.SIMPLIFIED_CHINESE)},
                    Locale.SIMPLIFIED_CHINESE);
            contacts.forEach(phone -> sms.send(phone, text));
        }
    }

    /** 张*华, 李*: enough for a contact to know whom it is about, and no full name in a text message. */
    static String masked(String name) {
        if (name.length() < 2) {
            return name;
        }
        int last = name.length() > 2 ? 1 : 0;
        return name.charAt(0) + "*".repeat(name.length() - 1 - last) + name.substring(name.length() - last);
    }
}
