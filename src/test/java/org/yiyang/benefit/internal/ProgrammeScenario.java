package org.yiyang.benefit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.benefit.EnrolmentMode;
import org.yiyang.benefit.ProgrammeDraft;
import org.yiyang.benefit.ProgrammeKind;
import org.yiyang.benefit.RuleDraft;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.elder.TestElders;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.region.Division;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/**
 * What programme and rule tests stand on: regulators of a division (viewers, not accounts), programme drafts with
 * fresh codes, and a banner of their own where no test has registered anyone yet, with elders registered in it.
 */
public final class ProgrammeScenario {

    public static final Viewer ADMIN = new Viewer(0, "test-admin", "Test admin", Role.ADMIN, DivisionCode.INNER_MONGOLIA);
    public static final String DEMO_BANNER = "152221000000";
    public static final String DEMO_LEAGUE = "152200000000";
    public static final String OTHER_LEAGUE = "150700000000";

    private final JdbcClient jdbc;
    private final DivisionDirectory divisions;
    private final ElderRegistry registry;

    public ProgrammeScenario(JdbcClient jdbc, DivisionDirectory divisions, ElderRegistry registry) {
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.registry = registry;
    }

    public static Viewer regulator(String division) {
        return new Viewer(0, "test-regulator-" + division, "Test regulator", Role.REGULATOR, DivisionCode.of(division));
    }

    public static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProgrammeDraft draft(ProgrammeKind kind, String division, String budgetYuan) {
        return new ProgrammeDraft(code(), kind, kind.name() + " test", DivisionCode.of(division), "test fund",
                Money.parseYuan(budgetYuan), kind.usualPayout(), EnrolmentMode.AUTOMATIC);
    }

    /** A rule from 2000 on with {@code conditions} and a monthly amount of 100 元. */
    public static RuleDraft rule(String from, String to, RuleDraft.Row... conditions) {
        return new RuleDraft(from, to, List.of(conditions), "100", List.of(), "", "", "", "", "", "", List.of(), "", "");
    }

    public static RuleDraft.Row row(String field, String operator, String... values) {
        return new RuleDraft.Row(field, operator, List.of(values));
    }

    /** A banner where no elder is registered yet, so that counts over "the whole division" are this test's own. */
    public Division emptyBanner() {
        List<Division> banners = new ArrayList<>(divisions.descendants(DivisionCode.INNER_MONGOLIA, 3));
        Collections.shuffle(banners, new Random());
        for (Division banner : banners) {
            DivisionCode code = banner.divisionCode();
            long elders = jdbc.sql("SELECT COUNT(*) FROM elder_benefit_fact WHERE division_code BETWEEN :from AND :to")
                    .param("from", code.subtreeFrom()).param("to", code.subtreeTo()).query(Long.class).single();
            long programmes = jdbc.sql("SELECT COUNT(*) FROM benefit_programme WHERE division_code = :code")
                    .param("code", code.value()).query(Long.class).single();
            if (elders == 0 && programmes == 0 && !divisions.descendants(code, 5).isEmpty()) {
                return banner;
            }
        }
        throw new IllegalStateException("No empty banner left");
    }

    /** A village of the banner. */
    public String village(Division banner) {
        return divisions.descendants(banner.divisionCode(), 5).get(0).code();
    }

    /** Registers an elder born in {@code year} in {@code village}, with the given categories. */
    public long elder(String village, int year, SpecialCategory... categories) {
        Viewer operator = new Viewer(0, "test-operator", "Test operator", Role.OPERATOR, DivisionCode.of(village));
        // the ID number's address code is where the number was issued, not where the elder lives; some banners
        // (development zones) have no code of their own there
        String idNumber = TestElders.idNumber("152221", year);
        return registry.register(operator, new ElderDraft("测试老人", idNumber, "13912345678", "测试地址 1 号", village, null,
                LivingSituation.ALONE, false, false, Set.of(categories), null, null));
    }
}
