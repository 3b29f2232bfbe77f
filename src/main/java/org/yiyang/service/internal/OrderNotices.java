package org.yiyang.service.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;
import org.yiyang.notify.SmsGateway;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.service.OrderStatus;
import org.yiyang.shared.ChinaTime;

/**
 * Tells everyone involved in an order that it moved: the elder and linked family, whoever placed it, the
 * provider's administrators and the assigned caregiver — each in their inbox and live on open pages — and
 * the elder by SMS when the news is one they must not miss (the caregiver set out, the order will not happen).
 */
@Component
class OrderNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<OrderStatus> BY_SMS = Set.of(OrderStatus.ON_THE_WAY, OrderStatus.REFUSED, OrderStatus.CANCELLED);

    private final Notifier notifier;
    private final SmsGateway sms;
    private final ServiceRecipients recipients;
    private final ProviderDirectory providers;
    private final MessageSource messages;

    OrderNotices(Notifier notifier, SmsGateway sms, ServiceRecipients recipients, ProviderDirectory providers,
                 MessageSource messages) {
        this.notifier = notifier;
        this.sms = sms;
        this.recipients = recipients;
        this.providers = providers;
        this.messages = messages;
    }

    void moved(OrderRow order, OrderStatus to, long actorAccount) {
        Set<Long> accounts = new LinkedHashSet<>(recipients.accountsToNotify(order.elderId()));
        accounts.add(order.placedBy());
        accounts.addAll(providers.adminAccounts(order.providerId()));
        if (order.caregiverAccount() != null) {
            accounts.add(order.caregiverAccount());
        }
        accounts.remove(actorAccount);
        String when = WHEN.format(order.scheduledStart().atZone(ChinaTime.ZONE));
        notifier.notify(accounts, new Notice("order:" + order.id(), "service.notice." + to.name(),
                List.of(order.offeringName(), when), "/orders/" + order.id()));
        if (BY_SMS.contains(to)) {
            recipients.find(order.elderId()).map(elder -> elder.phone()).ifPresent(phone -> sms.send(phone,
                    messages.getMessage("service.sms." + to.name(), new Object[] {order.offeringName(), when},
                            Locale.SIMPLIFIED_CHINESE)));
        }
    }

    /** A caregiver whose visit was given to someone else hears of it: they are no longer among the order's people. */
    void unassigned(OrderRow order, long caregiverAccount) {
        String when = WHEN.format(order.scheduledStart().atZone(ChinaTime.ZONE));
        notifier.notify(List.of(caregiverAccount), new Notice("order:" + order.id(), "service.notice.unassigned",
                List.of(order.offeringName(), when), "/visits"));
    }
}
