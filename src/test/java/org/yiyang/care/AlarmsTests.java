package org.yiyang.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.yiyang.IntegrationTest;
import org.yiyang.care.internal.alarm.AlarmProblem;
import org.yiyang.elder.ContactDraft;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.service.ServiceFixtures;
import org.yiyang.shared.PhoneNumber;

/** Signals become alarms once each, in the elder's division, and the elder's family is told once. */
@IntegrationTest
class AlarmsTests {

    @Autowired Alarms alarms;
    @Autowired ServiceFixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired FamilyLinks links;
    @Autowired EmergencyContacts contacts;
    @Autowired ServiceRecipients recipients;
    @Autowired IncompleteEventPublications incomplete;

    private AlarmScenario scenario() {
        return new AlarmScenario(jdbc);
    }

    @Test
    void raisingMakesAnOpenAlarmInTheEldersVillageWithItsRaisedStep() {
        long elder = fixtures.elder();
        AlarmSignal signal = AlarmScenario.signal(AlarmKind.SOS, elder);

        AlarmSummary raised = alarms.raise(signal, "hotline:account:3");

        assertThat(raised.status()).isEqualTo(AlarmStatus.OPEN);
        assertThat(raised.priority()).isEqualTo(AlarmPriority.CRITICAL);
        assertThat(raised.elderId()).isEqualTo(elder);
        assertThat(jdbc.sql("SELECT division_code FROM care_alarm WHERE id = :id").param("id", raised.id())
                .query(String.class).single()).isEqualTo("152221100001");
        assertThat(scenario().steps(raised.id(), "RAISED")).isEqualTo(1);
        assertThat(alarms.recentFor(elder, 5)).extracting(AlarmSummary::id).containsExactly(raised.id());
    }

    @Test
    void theSameSignalRaisedTwiceIsOneAlarm() {
        AlarmSignal signal = AlarmScenario.fall(fixtures.elder());

        AlarmSummary first = alarms.raise(signal, "hotline");
        AlarmSummary second = alarms.raise(signal, "hotline");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(scenario().alarmsFor(signal)).isEqualTo(1);
        assertThat(scenario().steps(first.id(), "RAISED")).isEqualTo(1);
    }

    @Test
    void aSignalForAnUnknownElderIsRefusedAndNothingIsStored() {
        AlarmSignal signal = AlarmScenario.fall(-42);

        assertThatThrownBy(() -> alarms.raise(signal, "hotline")).isInstanceOfSatisfying(AlarmProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("alarm.error.unknownElder"));
        assertThat(scenario().alarmsFor(signal)).isZero();
    }

    @Test
    void theElderAndLinkedFamilyAreToldOnceTheContactsGetATextAndBothAreOnTheTimeline() throws InterruptedException {
        var elder = fixtures.elderOnFile();
        String family = fixtures.linkedFamily(administration, links, elder);
        long familyId = accounts.findByUsername(family).orElseThrow().id();
        String phone = "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        contacts.add(ServiceFixtures.BANNER_OPERATOR, elder.id(),
                new ContactDraft("邻居王大姐", ContactRelation.NEIGHBOUR, phone, 1, null));

        AlarmSummary raised = alarms.raise(AlarmScenario.fall(elder.id()), "hotline");
        // other notices reach the family meanwhile (the subsidy listeners enrol the new elder): count this alarm's
        AlarmScenario.await(() -> scenario().steps(raised.id(), "NOTIFIED") == 1 && noticesTo(familyId, raised.id()) > 0);

        assertThat(noticesTo(familyId, raised.id())).isEqualTo(1);
        assertThat(scenario().steps(raised.id(), "NOTIFIED")).isEqualTo(1);
        assertThat(textsTo(phone)).singleElement().satisfies(text -> {
            assertThat(text).contains("紧急联系人", "跌倒", "12349");
            assertThat(text).doesNotContain(recipients.find(elder.id()).orElseThrow().name());
        });

        AlarmSummary offline = alarms.raise(AlarmScenario.signal(AlarmKind.OFFLINE, elder.id()), "device");
        AlarmScenario.await(() -> scenario().steps(offline.id(), "NOTIFIED") == 1);
        assertThat(noticesTo(familyId, offline.id())).as("the family is told of every alarm").isEqualTo(1);
        assertThat(textsTo(phone)).as("contacts get texts for urgent alarms only").hasSize(1);
    }

    @Test
    void recentAlarmsComeNewestFirstWithinTheLimit() {
        long elder = fixtures.elder();
        long first = alarms.raise(AlarmScenario.fall(elder), "hotline").id();
        long second = alarms.raise(AlarmScenario.signal(AlarmKind.SMOKE, elder), "hotline").id();

        List<AlarmSummary> recent = alarms.recentFor(elder, 1);

        assertThat(recent).extracting(AlarmSummary::id).containsExactly(second);
        assertThat(alarms.recentFor(elder, 10)).extracting(AlarmSummary::id).containsExactly(second, first);
    }

    @Test
    void aFamilyNoticeDeliveredAgainAfterACrashIsNotSentTwice() throws InterruptedException {
        var elder = fixtures.elderOnFile();
        long familyId = accounts.findByUsername(fixtures.linkedFamily(administration, links, elder)).orElseThrow().id();
        AlarmSummary raised = alarms.raise(AlarmScenario.fall(elder.id()), "hotline");
        AlarmScenario.await(() -> scenario().steps(raised.id(), "NOTIFIED") == 1 && incompleteNotices() == 0);
        // what a crash after the notice was sent and before its publication was marked complete leaves behind
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            status, completion_attempts)
                        SELECT :id, listener_id, event_type, serialized_event, publication_date, 'PUBLISHED', 0
                        FROM event_publication WHERE listener_id LIKE '%AlarmNotices%' AND serialized_event LIKE :alarm""")
                .param("id", UUID.randomUUID()).param("alarm", "%\"alarmId\":" + raised.id() + ",%").update();
        assertThat(incompleteNotices()).isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof AlarmRaised r
                && r.alarmId() == raised.id());
        AlarmScenario.await(() -> incompleteNotices() == 0);

        assertThat(scenario().steps(raised.id(), "NOTIFIED")).isEqualTo(1);
        assertThat(noticesTo(familyId, raised.id())).isEqualTo(1);
    }

    private long noticesTo(long accountId, long alarmId) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE account_id = :a AND topic = :t")
                .param("a", accountId).param("t", "alarm:" + alarmId).query(Long.class).single();
    }

    private List<String> textsTo(String phone) {
        return jdbc.sql("SELECT text FROM notify_sms WHERE phone_masked = :m")
                .param("m", PhoneNumber.parse(phone).masked()).query(String.class).list();
    }

    private long incompleteNotices() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL "
                        + "AND listener_id LIKE '%AlarmNotices%'").query(Long.class).single();
    }
}
