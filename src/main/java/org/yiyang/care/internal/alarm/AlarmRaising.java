package org.yiyang.care.internal.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.AlarmPriority;
import org.yiyang.care.AlarmRaised;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.AlarmSummary;
import org.yiyang.care.Alarms;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;

/**
 * Turns a signal into an alarm in the elder's residence division, once per (source, source id), with its RAISED
 * step, in the caller's transaction. Once that commits, the desk consoles get it at once from memory, and the family
 * notice follows from the stored {@link AlarmRaised} publication.
 */
@Service
class AlarmRaising implements Alarms {

    static final int MAX_RECENT = 50;

    private final AlarmStore store;
    private final ServiceRecipients recipients;
    private final DeskFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlarmRaising(AlarmStore store, ServiceRecipients recipients, DeskFeed feed, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
    }

    /** A refused signal changes nothing, so it does not spoil the caller's transaction either. */
    @Override
    @Transactional(noRollbackFor = AlarmProblem.class)
    public AlarmSummary raise(AlarmSignal signal, String raisedBy) {
        requireComplete(signal, raisedBy);
        var existing = store.idForSignal(signal.source(), signal.sourceId());
        if (existing.isPresent()) {
            return store.find(existing.get()).orElseThrow().summary();
        }
        String division = recipients.find(signal.elderId()).map(ServiceRecipient::division)
                .orElseThrow(AlarmProblem::unknownElder).value();
        Instant now = clock.instant();
        AlarmPriority priority = signal.kind().defaultPriority();
        Optional<Long> created = store.insertIfAbsent(signal, priority, division, now, raisedBy);
        if (created.isEmpty()) {
            // raised meanwhile by another node or thread
            return store.find(store.idForSignal(signal.source(), signal.sourceId()).orElseThrow()).orElseThrow()
                    .summary();
        }
        long id = created.get();
        store.append(id, AlarmStep.of(AlarmStepKind.RAISED, now, null, raisedBy)
                .with(null, null, null, null, signal.source(), signal.detail()));
        events.publishEvent(new AlarmRaised(id, signal.elderId(), division, signal.kind(), priority, now));
        AlarmView alarm = store.find(id).orElseThrow();
        feed.afterCommit(DeskEvent.RAISED, alarm);
        return alarm.summary();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlarmSummary> recentFor(long elderId, int limit) {
        return store.recentFor(elderId, Math.max(1, Math.min(limit, MAX_RECENT))).stream()
                .map(AlarmView::summary).toList();
    }

    private static void requireComplete(AlarmSignal signal, String raisedBy) {
        if (signal == null || signal.kind() == null || blank(signal.source()) || blank(signal.sourceId())
                || blank(raisedBy)) {
            throw AlarmProblem.required("signal");
        }
        if (signal.source().length() > 64 || signal.sourceId().length() > 128 || raisedBy.length() > 64
                || signal.detail() != null && signal.detail().length() > 200) {
            throw AlarmProblem.tooLong("signal", 200);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
