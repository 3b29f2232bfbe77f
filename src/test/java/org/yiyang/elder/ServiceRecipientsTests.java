package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.IdNumber;

@IntegrationTest
class ServiceRecipientsTests {

    @Autowired ServiceRecipients recipients;
    @Autowired HomeLocations homes;
    @Autowired ElderRegistry registry;
    @Autowired ElderAccounts accounts;
    @Autowired FamilyLinks links;
    @Autowired JdbcClient jdbc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory directory;
    @Autowired java.time.Clock clock;

    private HomeScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new HomeScenario(registry, accounts, links, jdbc, administration, directory, "特木尔");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theRecipientCarriesWhatTheServiceNeedsInFullButNoIdNumber() {
        homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, new GeoPoint(46.0712, 122.0533));

        ServiceRecipient r = recipients.find(scenario.elderId).orElseThrow();

        assertThat(r.elderId()).isEqualTo(scenario.elderId);
        assertThat(r.name()).isEqualTo("特木尔");
        assertThat(r.division()).isEqualTo(DivisionCode.of(TestElders.HINGGAN_VILLAGE));
        assertThat(r.divisionName()).isNotBlank();
        assertThat(r.address()).isEqualTo("科尔沁镇幸福路 8 号");
        assertThat(r.home()).isEqualTo(new GeoPoint(46.0712, 122.0533));
        assertThat(r.phone().value()).isEqualTo("13912345678");
        LocalDate born = IdNumber.parse(scenario.idNumber).birthDate();
        assertThat(r.age()).isEqualTo(Period.between(born, ChinaTime.today(clock)).getYears());
        assertThat(r.capabilityLevel()).isNull();
        assertThat(r.needs()).contains("独居").contains("高血压").doesNotContain(scenario.idNumber);
        assertThat(r.status()).isEqualTo(ElderStatus.ACTIVE);
        assertThat(r.living()).isTrue();
        assertThat(r.toString()).doesNotContain(scenario.idNumber);
    }

    @Test
    void withoutAHomePositionTheHomeIsNullAndAnUnknownElderIsEmpty() {
        assertThat(recipients.find(scenario.elderId).orElseThrow().home()).isNull();
        assertThat(recipients.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void staffOfTheDivisionTheElderAndALinkedFamilyMemberGetTheRecipient() {
        for (Viewer viewer : new Viewer[] {FamilyScenario.BANNER_OPERATOR, scenario.self, scenario.family}) {
            assertThat(recipients.forViewer(viewer, scenario.elderId).elderId()).isEqualTo(scenario.elderId);
        }
    }

    @Test
    void anyoneElseIsToldTheElderDoesNotExist() {
        for (Viewer viewer : new Viewer[] {HomeScenario.OTHER_DIVISION_OPERATOR, scenario.strangerFamily,
                scenario.pendingFamily, scenario.revokedFamily}) {
            assertThatThrownBy(() -> recipients.forViewer(viewer, scenario.elderId))
                    .as(viewer.username()).isInstanceOf(ElderProblem.class).hasMessage("elder.error.notFound");
        }
        assertThatThrownBy(() -> recipients.forViewer(FamilyScenario.BANNER_OPERATOR, Long.MAX_VALUE))
                .isInstanceOf(ElderProblem.class);
    }

    @Test
    void theElderAccountFindsItsOwnElderAndOtherAccountsFindNone() {
        assertThat(recipients.ownElderId(scenario.self)).contains(scenario.elderId);
        assertThat(recipients.ownElderId(scenario.family)).isEmpty();
    }

    @Test
    void theElderAndConfirmedFamilyAreToldButNotPendingOrRevokedLinks() {
        assertThat(recipients.accountsToNotify(scenario.elderId))
                .containsExactly(scenario.self.accountId(), scenario.family.accountId());

        accounts.end(FamilyScenario.BANNER_OPERATOR, scenario.elderId);
        assertThat(recipients.accountsToNotify(scenario.elderId)).containsExactly(scenario.family.accountId());
    }
}
