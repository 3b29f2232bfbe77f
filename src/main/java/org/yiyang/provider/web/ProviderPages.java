package org.yiyang.provider.web;

import java.time.DayOfWeek;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.provider.internal.ProviderRegistry;
import org.yiyang.provider.internal.ProviderRoster;

/** Fills the management page of one provider: profile, training rate, administrators and the roster. */
@Component
class ProviderPages {

    static final String MANAGE = "provider/manage";
    static final int ROSTER_PAGE_SIZE = 30;

    private final ProviderRegistry registry;
    private final ProviderRoster roster;

    ProviderPages(ProviderRegistry registry, ProviderRoster roster) {
        this.registry = registry;
        this.roster = roster;
    }

    String manage(Viewer viewer, long providerId, int page, Model model) {
        roster(viewer, providerId, page, model);
        model.addAttribute("admins", registry.adminUsernames(viewer, providerId));
        model.addAttribute("statuses", List.of(ProviderStatus.values()));
        return MANAGE;
    }

    void roster(Viewer viewer, long providerId, int page, Model model) {
        model.addAttribute("provider", registry.details(viewer, providerId));
        model.addAttribute("regulates", registry.regulates(viewer, providerId));
        model.addAttribute("roster", roster.roster(viewer, providerId, page, ROSTER_PAGE_SIZE));
        model.addAttribute("week", List.of(DayOfWeek.values()));
    }
}
