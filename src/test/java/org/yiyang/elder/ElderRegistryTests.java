package org.yiyang.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yiyang.IntegrationTest;
import org.yiyang.identity.OutOfScope;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.shared.DivisionCode;

@IntegrationTest
@RecordApplicationEvents
class ElderRegistryTests {

    static final Viewer HINGGAN_REGULATOR = new Viewer(1, "hinggan-regulator", "R", Role.REGULATOR,
            DivisionCode.of("152200000000"));
    static final Viewer HULUNBUIR_REGULATOR = new Viewer(2, "hulunbuir-regulator", "R", Role.REGULATOR,
            DivisionCode.of("150700000000"));
    static final Viewer BANNER_OPERATOR = new Viewer(3, "banner-operator", "O", Role.OPERATOR,
            DivisionCode.of("152221000000"));

    @Autowired
    ElderRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAnElderWithPersonalDataEncryptedAndFindsThemByNameIdNumberOrPhone(ApplicationEvents events) {
        String id = TestElders.idNumber("152201", 1940);
        long elderId = registry.register(BANNER_OPERATOR, TestElders.draft("宝音图", id, TestElders.HINGGAN_VILLAGE));

        var row = jdbc.sql("SELECT id_number_enc, phone_enc, address_enc, id_number_masked FROM elder_person WHERE id = :id")
                .param("id", elderId).query().singleRow();
        assertThat(row.values()).map(String::valueOf).noneMatch(v -> v.contains(id.substring(6, 14)))
                .noneMatch(v -> v.contains("13912345678")).noneMatch(v -> v.contains("幸福路"));
        assertThat(row.get("id_number_masked")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));

        for (String text : new String[] {"宝音", id, id.toLowerCase(), "139 1234 5678"}) {
            var page = registry.search(HINGGAN_REGULATOR, query(text), 0, 20);
            assertThat(page.items()).as("search %s", text).extracting(ElderSummary::id).contains(elderId);
        }
        var found = registry.find(HINGGAN_REGULATOR, elderId).orElseThrow();
        assertThat(found.summary().age()).isGreaterThanOrEqualTo(85);
        assertThat(found.summary().ageBand()).isIn(AgeBand.AGE_80, AgeBand.AGE_90);
        assertThat(found.summary().categories()).containsExactly(SpecialCategory.MINIMUM_LIVING);
        assertThat(found.phoneMasked()).isEqualTo("139****5678");
        assertThat(events.stream(ElderRegistered.class)).anyMatch(e -> e.elderId() == elderId);
    }

    @Test
    void aRegulatorOfAnotherLeagueNeverSeesTheElder() {
        String id = TestElders.idNumber("152201", 1944);
        long elderId = registry.register(BANNER_OPERATOR, TestElders.draft("乌云其木格", id, TestElders.HINGGAN_VILLAGE));

        assertThat(registry.find(HULUNBUIR_REGULATOR, elderId)).isEmpty();
        assertThat(registry.search(HULUNBUIR_REGULATOR, query(id), 0, 20).items()).isEmpty();
        assertThat(registry.search(HULUNBUIR_REGULATOR, query("乌云其木格"), 0, 20).items()).isEmpty();
        assertThatThrownBy(() -> registry.revealIdNumber(HULUNBUIR_REGULATOR, elderId)).isInstanceOf(ElderProblem.class);
        assertThatThrownBy(() -> registry.search(HULUNBUIR_REGULATOR,
                new ElderQuery("", "152200000000", null, null, null, null, ElderStatus.ACTIVE), 0, 20))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void refusesToRegisterOutsideTheOperatorsBanner() {
        assertThatThrownBy(() -> registry.register(BANNER_OPERATOR,
                TestElders.draft("外旗老人", TestElders.idNumber("150702", 1950), TestElders.HULUNBUIR_VILLAGE)))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndChangesNothing() {
        long before = count();
        String valid = TestElders.idNumber("152201", 1950);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        assertProblem(TestElders.draft("甲", wrongCheck, TestElders.HINGGAN_VILLAGE), "idNumber",
                "shared.idNumber.invalid.checkCharacter");
        assertProblem(TestElders.draft("乙", TestElders.idNumber("152201", 1990), TestElders.HINGGAN_VILLAGE),
                "idNumber", "elder.error.under60");
        assertProblem(TestElders.draft("丙", valid, "152221100000"), "divisionCode", "elder.error.residenceNotVillage");
        assertProblem(TestElders.draft("丁", valid, "152221999999"), "divisionCode", "elder.error.unknownDivision");
        assertProblem(TestElders.draft(" ", valid, TestElders.HINGGAN_VILLAGE), "name", "elder.error.required");
        var disabledWithoutGrade = new ElderDraft("戊", valid, null, null, TestElders.HINGGAN_VILLAGE, null,
                LivingSituation.WITH_SPOUSE, false, false, java.util.Set.of(SpecialCategory.DISABLED), null, null);
        assertProblem(disabledWithoutGrade, "disabilityGrade", "elder.error.disabilityGrade");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void refusesASecondRecordWithTheSameIdNumber() {
        String id = TestElders.idNumber("152201", 1948);
        registry.register(BANNER_OPERATOR, TestElders.draft("其其格", id, TestElders.HINGGAN_VILLAGE));
        long before = count();
        assertProblem(TestElders.draft("其其格", id, TestElders.HINGGAN_VILLAGE), "idNumber",
                "elder.error.duplicateIdNumber");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void keepsAChangeHistoryWithPersonalDataMasked() {
        String id = TestElders.idNumber("152201", 1942);
        long elderId = registry.register(BANNER_OPERATOR, TestElders.draft("那仁", id, TestElders.HINGGAN_VILLAGE));
        var edit = new ElderDraft("那仁花", "", "13800001111", "", TestElders.HINGGAN_VILLAGE, null,
                LivingSituation.WITH_CHILDREN, false, false, java.util.Set.of(), null, "高血压");
        registry.update(BANNER_OPERATOR, elderId, edit);

        var changes = registry.find(BANNER_OPERATOR, elderId).orElseThrow().changes();
        assertThat(changes).extracting(ElderDetails.Change::field)
                .contains("name", "phone", "livingSituation", "emptyNest", "categories")
                .doesNotContain("idNumber", "address");
        assertThat(changes).filteredOn(c -> c.field().equals("phone"))
                .extracting(ElderDetails.Change::oldValue, ElderDetails.Change::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("139****5678", "138****1111"));
        assertThat(registry.revealIdNumber(BANNER_OPERATOR, elderId)).isEqualTo(id);
    }

    @Test
    void recordsADeathOnceWithDateAndReasonAndAuditsEveryFullIdNumberView(ApplicationEvents events) {
        String id = TestElders.idNumber("152201", 1930);
        long elderId = registry.register(BANNER_OPERATOR, TestElders.draft("巴图", id, TestElders.HINGGAN_VILLAGE));
        long audited = jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'ID_NUMBER_VIEWED' "
                + "AND target = :t").param("t", "elder:" + elderId).query(Long.class).single();
        registry.revealIdNumber(HINGGAN_REGULATOR, elderId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'ID_NUMBER_VIEWED' "
                + "AND target = :t").param("t", "elder:" + elderId).query(Long.class).single()).isEqualTo(audited + 1);

        assertThatThrownBy(() -> registry.recordDeath(BANNER_OPERATOR, elderId, LocalDate.now().plusDays(2), "病故"))
                .isInstanceOf(ElderProblem.class);
        registry.recordDeath(BANNER_OPERATOR, elderId, LocalDate.now().minusDays(1), "病故");
        var elder = registry.find(BANNER_OPERATOR, elderId).orElseThrow();
        assertThat(elder.summary().status()).isEqualTo(ElderStatus.DECEASED);
        assertThat(elder.statusReason()).isEqualTo("病故");
        assertThat(events.stream(ElderStatusChanged.class)).anyMatch(e -> e.elderId() == elderId);
        assertThatThrownBy(() -> registry.recordMoveOut(BANNER_OPERATOR, elderId, LocalDate.now(), "迁往外省"))
                .isInstanceOf(ElderProblem.class);
        assertThat(registry.search(BANNER_OPERATOR, query(id), 0, 20).items()).isEmpty();
    }

    @Test
    void onlyRolesThatKeepTheRegistryMayChangeIt() {
        var caregiver = new Viewer(4, "cg", "C", Role.CAREGIVER, DivisionCode.of("152221000000"));
        assertThatThrownBy(() -> registry.search(caregiver, ElderQuery.all(), 0, 20))
                .isInstanceOf(AccessDeniedException.class);
        var assessor = new Viewer(5, "as", "A", Role.ASSESSOR, DivisionCode.of("152221000000"));
        assertThatThrownBy(() -> registry.register(assessor,
                TestElders.draft("丁", TestElders.idNumber("152201", 1950), TestElders.HINGGAN_VILLAGE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filtersByCategoryAgeBandAndLivingSituationInSql() {
        String old = TestElders.idNumber("152201", 1925);
        long elderId = registry.register(BANNER_OPERATOR, TestElders.draft("百岁老人", old, TestElders.HINGGAN_VILLAGE));
        var hundred = new ElderQuery("", null, SpecialCategory.MINIMUM_LIVING, AgeBand.AGE_100, LivingSituation.ALONE,
                null, ElderStatus.ACTIVE);
        assertThat(registry.search(BANNER_OPERATOR, hundred, 0, 200).items()).extracting(ElderSummary::id).contains(elderId)
                .allSatisfy(x -> { });
        assertThat(registry.search(BANNER_OPERATOR, hundred, 0, 200).items())
                .allMatch(e -> e.age() >= 100 && e.categories().contains(SpecialCategory.MINIMUM_LIVING));
        var eighties = new ElderQuery("", null, null, AgeBand.AGE_80, null, null, ElderStatus.ACTIVE);
        assertThat(registry.search(BANNER_OPERATOR, eighties, 0, 200).items()).extracting(ElderSummary::id)
                .doesNotContain(elderId);
    }

    private void assertProblem(ElderDraft draft, String field, String key) {
        assertThatThrownBy(() -> registry.register(BANNER_OPERATOR, draft))
                .isInstanceOfSatisfying(ElderProblem.class, p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(key);
                });
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM elder_person").query(Long.class).single();
    }

    private static ElderQuery query(String text) {
        return new ElderQuery(text, null, null, null, null, null, ElderStatus.ACTIVE);
    }
}
