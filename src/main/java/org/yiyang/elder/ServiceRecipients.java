package org.yiyang.elder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yiyang.identity.Viewer;
import org.yiyang.shared.PhoneNumber;

/** Elders as receivers of services, for the modules that order, deliver and pay for them. */
public interface ServiceRecipients {

    /**
     * The elder when the viewer may act for them: registry staff of the elder's division, the elder's own
     * account, or a family member with a confirmed link. Otherwise {@link ElderProblem#notFound()}, the same
     * answer as for an elder who does not exist.
     */
    ServiceRecipient forViewer(Viewer viewer, long elderId);

    /** The elder, for a module that has already checked why the caller may know (an assigned visit). */
    Optional<ServiceRecipient> find(long elderId);

    /** The elder tied to an {@code ELDER} account. */
    Optional<Long> ownElderId(Viewer elder);

    /**
     * The phones of the elder's current emergency contacts (紧急联系人), in priority order, for a text message the
     * platform sends them itself (an alarm); never for display, which goes through {@link EmergencyContacts}.
     */
    List<PhoneNumber> emergencyPhones(long elderId);

    /** Accounts to tell about the elder's services: the elder's own account and confirmed family members. */
    List<Long> accountsToNotify(long elderId);

    /**
     * {@link #accountsToNotify(long)} for many elders in one query, for a module that tells a page of elders at
     * once: elder id → accounts, in the same order; elders without any account are left out.
     */
    Map<Long, List<Long>> accountsToNotify(Collection<Long> elderIds);
}
