package org.yiyang.service.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.shared.ChinaTime;

/**
 * Tells people about complaints: the provider's administrators of a new or escalated complaint, the elder's side of
 * an answer, the provider of a closing. Regulators find escalated complaints at the top of their complaint list
 * (identity offers no look-up of a division's regulator accounts yet).
 */
@Component
class ComplaintNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifier notifier;
    private final ProviderDirectory providers;
    private final ServiceRecipients recipients;

    ComplaintNotices(Notifier notifier, ProviderDirectory providers, ServiceRecipients recipients) {
        this.notifier = notifier;
        this.providers = providers;
        this.recipients = recipients;
    }

    void opened(long complaintId, OrderRow order, Instant dueAt) {
        notifier.notify(providers.adminAccounts(order.providerId()), notice(complaintId, "review.notice.complaintOpened",
                order.offeringName(), when(dueAt)));
    }

    void escalated(ComplaintRow complaint) {
        notifier.notify(providers.adminAccounts(complaint.providerId()), notice(complaint.id(),
                "review.notice.complaintEscalated", name(complaint.offeringName()), when(complaint.dueAt())));
    }

    void answered(ComplaintRow complaint, long actorAccount) {
        Set<Long> accounts = new LinkedHashSet<>(recipients.accountsToNotify(complaint.elderId()));
        accounts.add(complaint.filedBy());
        accounts.remove(actorAccount);
        notifier.notify(accounts, notice(complaint.id(), "review.notice.complaintAnswered",
                complaint.providerName(), name(complaint.offeringName())));
    }

    void closed(ComplaintRow complaint, long actorAccount) {
        Set<Long> accounts = new LinkedHashSet<>(providers.adminAccounts(complaint.providerId()));
        accounts.remove(actorAccount);
        notifier.notify(accounts, notice(complaint.id(), "review.notice.complaintClosed",
                name(complaint.offeringName()), ""));
    }

    private static Notice notice(long complaintId, String key, String first, String second) {
        return new Notice("complaint:" + complaintId, key, List.of(first, second), "/complaints/" + complaintId);
    }

    private static String name(String offeringName) {
        return offeringName == null ? "" : offeringName;
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(ChinaTime.ZONE));
    }
}
