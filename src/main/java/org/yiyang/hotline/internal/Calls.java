package org.yiyang.hotline.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ElderQuery;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.ElderStatus;
import org.yiyang.elder.ElderSummary;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;

/** Reading calls for the desk: one call, the call log, the calls going on, and the elders a caller's number matches. */
@Service
@Transactional(readOnly = true)
public class Calls {

    /** More matches than this are not listed: the operator asks the caller for a name instead. */
    static final int MAX_MATCHES = 10;

    private final CallStore store;
    private final ElderRegistry registry;
    private final PersonalDataProtection protection;

    Calls(CallStore store, ElderRegistry registry, PersonalDataProtection protection) {
        this.store = store;
        this.registry = registry;
        this.protection = protection;
    }

    /** The call when it belongs to the viewer's division; otherwise not found. */
    public CallRow find(Viewer viewer, long callId) {
        return store.findInScope(viewer.scope(), callId).orElseThrow(HotlineProblem::notFound);
    }

    /** One page of the call log, newest first; {@code mine} narrows it to the viewer's own calls. */
    public ListPage<CallRow> log(Viewer viewer, boolean mine, int page, int size) {
        Long operator = mine && viewer.is(Role.OPERATOR) ? viewer.accountId() : null;
        int safePage = Math.max(0, page);
        return new ListPage<>(store.page(viewer.scope(), operator, safePage, size), store.count(viewer.scope(), operator),
                safePage, size);
    }

    /** Calls ringing or in talk in the viewer's division. */
    public List<CallRow> live(Viewer viewer) {
        return store.live(viewer.scope(), 20);
    }

    /** The active elders of the viewer's division whose phone on file is the caller's number (through its blind index). */
    public List<ElderSummary> matches(Viewer viewer, CallRow call) {
        return store.sealedCaller(call.id())
                .map(protection::decrypt)
                .map(phone -> registry.search(viewer, new ElderQuery(phone, null, null, null, null, null,
                        ElderStatus.ACTIVE), 0, MAX_MATCHES).items())
                .orElse(List.of());
    }
}
