package org.yiyang.care.web.alarm;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yiyang.care.internal.alarm.AlarmDesk;
import org.yiyang.care.internal.alarm.AlarmStep;
import org.yiyang.care.internal.alarm.AlarmView;
import org.yiyang.care.internal.alarm.CallParty;
import org.yiyang.care.internal.alarm.CallResult;
import org.yiyang.care.internal.alarm.DispatchMethod;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.ElderDetails;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.EmergencyContact;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.service.Offering;
import org.yiyang.service.ServiceCatalogue;

/** What the alarm page shows: the alarm, its timeline, the elder (masked) and the emergency contacts. */
@Component
class AlarmPageModel {

    private final AlarmDesk desk;
    private final ElderRegistry registry;
    private final EmergencyContacts contacts;
    private final DivisionDirectory divisions;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    AlarmPageModel(AlarmDesk desk, ElderRegistry registry, EmergencyContacts contacts, DivisionDirectory divisions,
                   ServiceCatalogue catalogue, Clock clock) {
        this.desk = desk;
        this.registry = registry;
        this.contacts = contacts;
        this.divisions = divisions;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    void fill(Viewer viewer, long id, Model model) {
        AlarmView alarm = desk.find(viewer, id);
        List<AlarmStep> steps = desk.timeline(viewer, id);
        List<EmergencyContact> list = contactsOf(viewer, alarm.elderId());
        model.addAttribute("alarm", alarm);
        model.addAttribute("steps", steps);
        model.addAttribute("elder", elderOf(viewer, alarm.elderId()).orElse(null));
        model.addAttribute("contacts", list);
        model.addAttribute("contactById", list.stream().collect(Collectors.toMap(EmergencyContact::id,
                Function.identity())));
        model.addAttribute("contactParty", list.stream().collect(Collectors.toMap(EmergencyContact::id,
                c -> partyOf(c.relation()))));
        model.addAttribute("divisionNames", divisionNames(alarm, steps));
        model.addAttribute("mayAct", desk.mayAct(viewer) && !alarm.closed());
        model.addAttribute("now", clock.instant());
        model.addAttribute("parties", CallParty.values());
        model.addAttribute("results", CallResult.values());
        model.addAttribute("methods", DispatchMethod.values());
        model.addAttribute("offerings", urgentOfferings(viewer, alarm));
        // a form shown again after a refusal keeps its key: a retry that then goes through is still one order
        model.addAttribute("dispatchKey", model.getAttribute("dispatchForm") instanceof DispatchForm typed
                && typed.key() != null ? typed.key() : "alarm-" + UUID.randomUUID());
    }

    /** What a hotline operator can send a caregiver from at once: the offerings serving the elder, cheapest first. */
    private List<Offering> urgentOfferings(Viewer viewer, AlarmView alarm) {
        if (viewer.role() != Role.OPERATOR || alarm.closed()) {
            return List.of();
        }
        try {
            return catalogue.forElder(viewer, alarm.elderId(), null);
        } catch (ElderProblem movedAway) {
            // the elder has since moved out of the operator's division: dispatch by reference only
            return List.of();
        }
    }

    /** The call party a contact's relation stands for. */
    static CallParty partyOf(ContactRelation relation) {
        return switch (relation) {
            case NEIGHBOUR -> CallParty.NEIGHBOUR;
            case VILLAGE_CADRE -> CallParty.VILLAGE;
            default -> CallParty.FAMILY;
        };
    }

    private Map<String, String> divisionNames(AlarmView alarm, List<AlarmStep> steps) {
        Set<String> codes = new HashSet<>();
        codes.add(alarm.divisionCode());
        steps.stream().filter(s -> s.level() != null && s.target() != null).forEach(s -> codes.add(s.target()));
        return divisions.names(codes);
    }

    /** Administrators and others outside the elder registry's readers see the alarm without the elder's file. */
    private Optional<ElderDetails> elderOf(Viewer viewer, long elderId) {
        try {
            return registry.find(viewer, elderId);
        } catch (RuntimeException notAReader) {
            return Optional.empty();
        }
    }

    private List<EmergencyContact> contactsOf(Viewer viewer, long elderId) {
        try {
            return contacts.of(viewer, elderId);
        } catch (RuntimeException notAReader) {
            return List.of();
        }
    }
}
