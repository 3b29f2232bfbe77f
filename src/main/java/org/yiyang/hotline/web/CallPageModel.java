package org.yiyang.hotline.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yiyang.hotline.internal.CallActions;
import org.yiyang.hotline.internal.CallOutcome;
import org.yiyang.hotline.internal.ScreenPop;
import org.yiyang.hotline.internal.ScreenPops;
import org.yiyang.hotline.internal.TicketTopic;
import org.yiyang.identity.Viewer;
import org.yiyang.service.Offering;
import org.yiyang.service.ServiceCatalogue;

/** Fills the call page (screen-pop, what was created from the call, the action forms) for both of its controllers. */
@Component
class CallPageModel {

    static final String VIEW = "hotline/call";

    private final ScreenPops pops;
    private final CallActions actions;
    private final ServiceCatalogue catalogue;

    CallPageModel(ScreenPops pops, CallActions actions, ServiceCatalogue catalogue) {
        this.pops = pops;
        this.actions = actions;
        this.catalogue = catalogue;
    }

    /** The view name: the whole page, or the screen-pop alone for an htmx request. */
    String fill(Viewer viewer, long callId, Model model, boolean htmx) {
        ScreenPop pop = pops.of(viewer, callId);
        model.addAttribute("pop", pop);
        model.addAttribute("actions", actions.actionsOf(viewer, callId));
        model.addAttribute("offerings", pop.file() == null ? List.<Offering>of() : offerings(viewer, pop));
        model.addAttribute("outcomes", CallOutcome.values());
        model.addAttribute("topics", TicketTopic.values());
        model.addAttribute("orderKey", "hotline-" + UUID.randomUUID());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return htmx ? VIEW + " :: pop" : VIEW;
    }

    private List<Offering> offerings(Viewer viewer, ScreenPop pop) {
        try {
            return catalogue.forElder(viewer, pop.file().elder().summary().id(), null);
        } catch (RuntimeException refused) {
            return List.of();
        }
    }
}
