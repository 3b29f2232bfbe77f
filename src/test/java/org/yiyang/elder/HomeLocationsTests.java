package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.AccountDirectory;
import org.yiyang.identity.PersonalDataProtection;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.shared.GeoPoint;

@IntegrationTest
class HomeLocationsTests {

    static final GeoPoint HOME = new GeoPoint(46.071234, 122.053321);

    @Autowired HomeLocations homes;
    @Autowired ElderRegistry registry;
    @Autowired ElderAccounts accounts;
    @Autowired FamilyLinks links;
    @Autowired JdbcClient jdbc;
    @Autowired AccountAdministration administration;
    @Autowired AccountDirectory directory;
    @Autowired PersonalDataProtection protection;

    private HomeScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new HomeScenario(registry, accounts, links, jdbc, administration, directory, "包玉山");
    }

    @Test
    void staffOfTheDivisionSetTheHomeAndItIsStoredEncrypted() {
        homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, HOME);

        var row = jdbc.sql("SELECT location_enc, set_by, source FROM elder_home_location WHERE elder_id = :id")
                .param("id", scenario.elderId).query().singleRow();
        String sealed = (String) row.get("location_enc");
        assertThat(sealed).doesNotContain("46.07").doesNotContain("122.05");
        assertThat(protection.decrypt(sealed)).isEqualTo("46.071234,122.053321");
        assertThat(row.get("set_by")).isEqualTo("banner-operator");
        assertThat(row.get("source")).isEqualTo("MANUAL");
        assertThat(homes.forEditing(FamilyScenario.BANNER_OPERATOR, scenario.elderId)).contains(HOME);
        assertThat(homes.onFile(HomeScenario.BANNER_ASSESSOR, scenario.elderId)).get()
                .extracting(HomeLocationOnFile::source).isEqualTo(HomeLocationSource.MANUAL);
    }

    @Test
    void theChangeHistoryAndTheAuditTrailSayOnlyThatThePositionWasSetOrChanged() {
        homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, HOME);
        homes.setHomeLocation(scenario.family, scenario.elderId, new GeoPoint(46.08, 122.06), HomeLocationSource.DEVICE);

        List<ElderDetails.Change> changes = registry.find(FamilyScenario.BANNER_OPERATOR, scenario.elderId)
                .orElseThrow().changes().stream().filter(c -> c.field().equals("homeLocation")).toList();
        assertThat(changes).extracting(ElderDetails.Change::newValue).containsExactly("CHANGED", "SET");
        assertThat(changes).extracting(ElderDetails.Change::oldValue).containsExactly("ON_FILE", null);
        List<String> everything = jdbc.sql("""
                        SELECT COALESCE(old_value, '') || ' ' || COALESCE(new_value, '') FROM elder_change WHERE elder_id = :id
                        UNION ALL
                        SELECT COALESCE(detail, '') FROM identity_audit_event WHERE target = :target""")
                .param("id", scenario.elderId).param("target", "elder:" + scenario.elderId).query(String.class).list();
        assertThat(String.join("\n", everything)).contains("source=DEVICE").doesNotContain("46.0").doesNotContain("122.0");
    }

    @Test
    void settingTheSamePositionAgainChangesNothing() {
        homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, HOME);
        homes.setHomeLocation(scenario.self, scenario.elderId, new GeoPoint(46.071234, 122.053321));

        assertThat(historyRows()).isEqualTo(1);
    }

    @Test
    void staffOfAnotherDivisionAreToldTheElderDoesNotExist() {
        assertNotFound(HomeScenario.OTHER_DIVISION_OPERATOR);
        assertThatThrownBy(() -> homes.forEditing(HomeScenario.OTHER_DIVISION_OPERATOR, scenario.elderId))
                .isInstanceOf(ElderProblem.class);
    }

    @Test
    void rolesThatDoNotKeepTheRegistryAreRefused() {
        assertThatThrownBy(() -> homes.setHomeLocation(HomeScenario.BANNER_ASSESSOR, scenario.elderId, HOME))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> homes.forEditing(scenario.family, scenario.elderId))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isZero();
    }

    @Test
    void aLinkedFamilyMemberSetsTheHomeButOneWithoutAConfirmedLinkCannot() {
        assertNotFound(scenario.strangerFamily);
        assertNotFound(scenario.pendingFamily);
        assertNotFound(scenario.revokedFamily);

        homes.setHomeLocation(scenario.family, scenario.elderId, HOME);
        assertThat(stored()).isEqualTo(1);
        assertThat(homes.onFile(scenario.family, scenario.elderId)).isPresent();
    }

    @Test
    void theElderSetsTheirOwnHomeButNoOtherElders() {
        homes.setHomeLocation(scenario.self, scenario.elderId, HOME, HomeLocationSource.DEVICE);
        assertThat(homes.onFile(scenario.self, scenario.elderId)).get()
                .extracting(HomeLocationOnFile::source).isEqualTo(HomeLocationSource.DEVICE);

        long someoneElse = registry.register(FamilyScenario.BANNER_OPERATOR,
                TestElders.draft("邻居", TestElders.idNumber("152201", 1940), TestElders.HINGGAN_VILLAGE));
        assertThatThrownBy(() -> homes.setHomeLocation(scenario.self, someoneElse, HOME))
                .isInstanceOf(ElderProblem.class).hasMessage("elder.error.notFound");
    }

    @Test
    void aPositionOutsideChinaIsRefusedWithTheFieldNamedAndNothingIsStored() {
        assertThatThrownBy(() -> homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId,
                new GeoPoint(122.05 / 3, 46.07)))
                .isInstanceOf(ElderProblem.class).extracting("field").isEqualTo("longitude");
        assertThatThrownBy(() -> homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId,
                new GeoPoint(-46.07, 122.05)))
                .isInstanceOf(ElderProblem.class).extracting("field").isEqualTo("latitude");
        assertThatThrownBy(() -> homes.setHomeLocation(FamilyScenario.BANNER_OPERATOR, scenario.elderId, null))
                .isInstanceOf(ElderProblem.class).hasMessage("elder.home.error.required");
        assertThat(stored()).isZero();
        assertThat(historyRows()).isZero();
    }

    private void assertNotFound(Viewer viewer) {
        assertThatThrownBy(() -> homes.setHomeLocation(viewer, scenario.elderId, HOME))
                .isInstanceOf(ElderProblem.class).hasMessage("elder.error.notFound");
        assertThatThrownBy(() -> homes.onFile(viewer, scenario.elderId))
                .isInstanceOf(ElderProblem.class).hasMessage("elder.error.notFound");
        assertThat(stored()).isZero();
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM elder_home_location WHERE elder_id = :id").param("id", scenario.elderId)
                .query(Long.class).single();
    }

    private long historyRows() {
        return jdbc.sql("SELECT COUNT(*) FROM elder_change WHERE elder_id = :id AND field = 'homeLocation'")
                .param("id", scenario.elderId).query(Long.class).single();
    }
}
