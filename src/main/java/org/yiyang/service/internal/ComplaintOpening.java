package org.yiyang.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yiyang.identity.Viewer;
import org.yiyang.service.ComplaintOpened;
import org.yiyang.service.ComplaintSource;

/** Opens a complaint about an order the caller has locked, in the caller's transaction, with its deadline. */
@Component
class ComplaintOpening {

    private final ComplaintStore store;
    private final ComplaintNotices notices;
    private final ServiceSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintOpening(ComplaintStore store, ComplaintNotices notices, ServiceSettings settings,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The new complaint's id. A low rating while another complaint about the order is still open adds nothing:
     * that complaint's id is returned.
     */
    long open(Viewer viewer, OrderRow order, ComplaintSource source, String text) {
        Optional<Long> already = store.openFor(order.id());
        if (already.isPresent()) {
            return already.get();
        }
        Instant now = clock.instant();
        Instant due = now.plus(settings.complaintResponse());
        long id = store.insert(order, source, text, viewer, now, due);
        events.publishEvent(new ComplaintOpened(id, order.id(), order.providerId(), order.divisionCode(),
                order.providerDivision(), source, now, due));
        notices.opened(id, order, due);
        return id;
    }
}
