package org.yiyang.care.internal.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.TestAccounts;
import org.yiyang.TestClock;
import org.yiyang.care.AlarmScenario;
import org.yiyang.care.Alarms;
import org.yiyang.elder.ContactDraft;
import org.yiyang.elder.ContactRelation;
import org.yiyang.elder.EmergencyContacts;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Role;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.service.ServiceFixtures;

/** An alarm nobody takes escalates level by level up to the maximum, each level once, to the division above. */
@IntegrationTest
class AlarmEscalationTests {

    @Autowired AlarmEscalation escalation;
    @Autowired AlarmSettings settings;
    @Autowired AlarmDesk desk;
    @Autowired Alarms alarms;
    @Autowired EmergencyContacts contacts;
    @Autowired ServiceFixtures fixtures;
    @Autowired TestClock clock;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory accounts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<AlarmStep> escalations(long id) {
        return desk.timeline(AlarmScenario.BANNER_OPERATOR, id).stream()
                .filter(s -> s.kind() == AlarmStepKind.ESCALATED).toList();
    }

    @Test
    void anUnacknowledgedAlarmEscalatesToTheLeagueThenTheRegionWithTheNextContactsAndNoFurther() {
        long elder = fixtures.elder();
        long first = contacts.add(AlarmScenario.BANNER_OPERATOR, elder,
                new ContactDraft("长子", ContactRelation.CHILD, "13900000001", 1, null));
        long second = contacts.add(AlarmScenario.BANNER_OPERATOR, elder,
                new ContactDraft("邻居", ContactRelation.NEIGHBOUR, "13900000002", 2, null));
        long id = alarms.raise(AlarmScenario.fall(elder), "hotline").id();
        Duration within = settings.acknowledgeWithin();
        long leagueDesk = accounts.findByUsername(TestAccounts.create(administration, Role.OPERATOR, "152200000000"))
                .orElseThrow().id();
        long bannerDesk = accounts.findByUsername(TestAccounts.create(administration, Role.OPERATOR, AlarmScenario.BANNER))
                .orElseThrow().id();

        clock.shift(within.minusSeconds(5));
        escalation.escalateDue();
        assertThat(escalations(id)).as("not due yet").isEmpty();

        clock.shift(Duration.ofSeconds(6));
        escalation.escalateDue();
        escalation.escalateDue();
        List<AlarmStep> once = escalations(id);
        assertThat(once).hasSize(1);
        assertThat(once.get(0).level()).isEqualTo(1);
        assertThat(once.get(0).target()).isEqualTo("152200000000");
        assertThat(once.get(0).contactId()).isEqualTo(second);
        assertThat(desk.find(AlarmScenario.BANNER_OPERATOR, id).escalationLevel()).isEqualTo(1);
        assertThat(noticesOfEscalation(leagueDesk, id)).as("the league's operators are told once").isEqualTo(1);
        assertThat(noticesOfEscalation(bannerDesk, id)).isZero();

        clock.shift(within.plusSeconds(1));
        escalation.escalateDue();
        clock.shift(within.plusSeconds(1));
        escalation.escalateDue();
        clock.shift(within.plusSeconds(1));
        escalation.escalateDue();

        List<AlarmStep> all = escalations(id);
        assertThat(all).extracting(AlarmStep::level).containsExactly(1, 2);
        assertThat(all.get(1).target()).isEqualTo("150000000000");
        assertThat(all.get(1).contactId()).as("no third contact").isNull();
        assertThat(first).isNotEqualTo(second);
    }

    private long noticesOfEscalation(long account, long alarmId) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE account_id = :a AND topic LIKE :t")
                .param("a", account).param("t", "alarm:" + alarmId + ":escalated:%").query(Long.class).single();
    }

    @Test
    void anAcknowledgedAlarmNeverEscalates() {
        long id = alarms.raise(AlarmScenario.fall(fixtures.elder()), "hotline").id();
        desk.acknowledge(AlarmScenario.BANNER_OPERATOR, id);

        clock.shift(settings.acknowledgeWithin().multipliedBy(3));
        escalation.escalateDue();

        assertThat(escalations(id)).isEmpty();
    }

    @Test
    void theSupervisorIsTheDivisionAboveTheBannerDesk() {
        var village = org.yiyang.shared.DivisionCode.of("152221100001");
        assertThat(settings.supervisorOf(village, 1).value()).isEqualTo("152200000000");
        assertThat(settings.supervisorOf(village, 2).value()).isEqualTo("150000000000");
        assertThat(settings.supervisorOf(village, 5).value()).isEqualTo("150000000000");
    }
}
