package org.yiyang.care.internal.alarm;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.care.internal.ListPage;
import org.yiyang.care.AlarmKind;
import org.yiyang.care.AlarmSignal;
import org.yiyang.care.AlarmSummary;
import org.yiyang.care.Alarms;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.IdempotencyKey;

/**
 * An elder's alarms as the elder and their linked family see them (我家的报警: what happened and what the hotline
 * did, not the desk's notes), and the elder's own call for help from the app (一键求助), which reaches the desk of
 * the elder's division like a press of an SOS button.
 */
@Service
public class HomeAlarms {

    static final String APP = "app";
    private static final int MAX_PAGE_SIZE = 50;

    private final AlarmStore store;
    private final ServiceRecipients recipients;
    private final Alarms alarms;
    private final Clock clock;

    HomeAlarms(AlarmStore store, ServiceRecipients recipients, Alarms alarms, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.alarms = alarms;
        this.clock = clock;
    }

    /** The elder and a page of their alarms, for the elder themself or a linked family member; else not found. */
    @Transactional(readOnly = true)
    public HomeAlarmPage of(Viewer viewer, long elderId, int page, int size) {
        if (!viewer.is(Role.ELDER) && !viewer.is(Role.FAMILY)) {
            throw AlarmProblem.notFound();
        }
        ServiceRecipient elder;
        try {
            elder = recipients.forViewer(viewer, elderId);
        } catch (ElderProblem notTheirs) {
            throw AlarmProblem.notFound();
        }
        return new HomeAlarmPage(elderId, elder.name(),
                store.pageFor(elderId, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE))));
    }

    /**
     * The elder asks for help from the app: an SOS alarm for their own record, on the desk at once. The key comes
     * with the page, so a double press or a resent form is one alarm.
     */
    @Transactional
    public AlarmSummary callForHelp(Viewer elder, String key) {
        if (!elder.is(Role.ELDER)) {
            throw AlarmProblem.notFound();
        }
        long elderId = recipients.ownElderId(elder).orElseThrow(AlarmProblem::notFound);
        if (!IdempotencyKey.isWellFormed(key)) {
            throw AlarmProblem.required("key");
        }
        String source = APP + ":" + elder.accountId();
        return alarms.raise(new AlarmSignal(AlarmKind.SOS, elderId, null, source, key, clock.instant(), null, null,
                APP), source);
    }

    /** One elder's alarms, with the elder's name for the page heading. */
    public record HomeAlarmPage(long elderId, String elderName, ListPage<AlarmView> alarms) {
    }
}
