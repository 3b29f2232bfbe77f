package org.yiyang.care.internal.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.EmergencyContact;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.notify.Notice;
import org.yiyang.notify.Notifier;
import org.yiyang.shared.DivisionCode;

/**
 * Escalates the alarms nobody acknowledged in time, set-based: one conditional UPDATE raises the level of every due
 * alarm (safe on several nodes: a row is escalated once per level), then each gets its ESCALATED step naming the
 * supervising division and the next emergency contact to call; the consoles above are told live, and the
 * supervising division's hotline operators get an inbox notice.
 */
@Service
public class AlarmEscalation {

    private final AlarmStore store;
    private final AlarmSettings settings;
    private final EmergencyContacts contacts;
    private final DeskFeed feed;
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final Clock clock;

    AlarmEscalation(AlarmStore store, AlarmSettings settings, EmergencyContacts contacts, DeskFeed feed,
                    AccountDirectory accounts, Notifier notifier, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.contacts = contacts;
        this.feed = feed;
        this.accounts = accounts;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Escalates what is due now; the number of alarms escalated. */
    @Transactional
    public int escalateDue() {
        Instant now = clock.instant();
        String run = UUID.randomUUID().toString();
        if (store.escalateDue(run, now.minus(settings.acknowledgeWithin()), now, settings.maxLevel()) == 0) {
            return 0;
        }
        List<AlarmView> escalated = store.escalatedIn(run);
        // a storm escalates many alarms to the same few desks: their operators are looked up once per run
        Map<DivisionCode, List<Long>> desks = new HashMap<>();
        escalated.forEach(alarm -> record(alarm, now, desks));
        return escalated.size();
    }

    private void record(AlarmView alarm, Instant now, Map<DivisionCode, List<Long>> desks) {
        int level = alarm.escalationLevel();
        DivisionCode division = DivisionCode.of(alarm.divisionCode());
        DivisionCode supervisor = settings.supervisorOf(division, level);
        Long contact = nextContact(alarm.elderId(), division, level);
        if (store.append(alarm.id(), AlarmStep.of(AlarmStepKind.ESCALATED, now, null, AlarmNotices.SYSTEM)
                .with(null, null, contact, level, supervisor.value(), null))) {
            feed.afterCommit(DeskEvent.ESCALATED, alarm);
            List<Long> supervisors = desks.computeIfAbsent(supervisor,
                    desk -> accounts.enabledAccountsAt(desk, Role.OPERATOR));
            if (!supervisors.isEmpty()) {
                notifier.notify(supervisors, new Notice("alarm:" + alarm.id() + ":escalated:" + level,
                        "alarm.notice.escalated", List.of(String.valueOf(alarm.id()), String.valueOf(level)),
                        "/care/alarms/" + alarm.id()));
            }
        }
    }

    /** The contact after the ones already due: the first is called at once, escalation n moves to contact n+1. */
    private Long nextContact(long elderId, DivisionCode division, int level) {
        Viewer desk = new Viewer(0, "care-alarm-escalation", AlarmNotices.SYSTEM, Role.OPERATOR, division);
        List<EmergencyContact> list = contacts.of(desk, elderId);
        return level < list.size() ? list.get(level).id() : null;
    }
}
