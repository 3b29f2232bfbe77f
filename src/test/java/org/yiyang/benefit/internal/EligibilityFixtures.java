package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiyang.TestAccounts;
import org.yiyang.elder.AssessmentSheet;
import org.yiyang.elder.CapabilityAssessments;
import org.yiyang.elder.CapabilityLevel;
import org.yiyang.elder.ElderDraft;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ElderRegistry;
import org.yiyang.elder.FamilyLinks;
import org.yiyang.elder.FamilyRelation;
import org.yiyang.elder.HealthRecord;
import org.yiyang.elder.LinkRequest;
import org.yiyang.elder.LivingSituation;
import org.yiyang.elder.SpecialCategory;
import org.yiyang.elder.TestAssessments;
import org.yiyang.identity.Role;
import org.yiyang.identity.Viewer;
import org.yiyang.identity.internal.AccountAdministration;
import org.yiyang.region.DivisionDirectory;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.IdNumber;
import org.yiyang.shared.Language;
import org.yiyang.shared.Sex;

/**
 * Elders for eligibility tests, registered through the elder module's API with exactly the facts a test needs (a
 * birth date, categories, a capability level set by a completed assessment), in villages of their own: a random
 * village of a league that other tests leave alone, so a programme scoped to it counts only the test's elders.
 */
public final class EligibilityFixtures {

    /** Leagues no other test class registers elders in (赤峰市, 鄂尔多斯市, 巴彦淖尔市, 乌兰察布市). */
    public static final List<String> QUIET_LEAGUES = List.of("150400000000", "150600000000", "150800000000", "150900000000");

    /** What an elder is registered with; {@code birth} decides age, the ID number's sex digit follows {@code sex}. */
    public record Spec(LocalDate birth, Sex sex, String household, LivingSituation living, boolean emptyNest,
                boolean leftBehind, Set<SpecialCategory> categories, Integer disabilityGrade) {

        public static Spec born(LocalDate birth) {
            return new Spec(birth, Sex.FEMALE, null, LivingSituation.ALONE, false, false, Set.of(), null);
        }

        public Spec living(LivingSituation situation) {
            return new Spec(birth, sex, household, situation, emptyNest, leftBehind, categories, disabilityGrade);
        }

        public Spec in(Set<SpecialCategory> cats, Integer grade) {
            return new Spec(birth, sex, household, living, emptyNest, leftBehind, cats, grade);
        }
    }

    private final ElderRegistry registry;
    private final CapabilityAssessments assessments;
    private final FamilyLinks links;
    private final AccountAdministration administration;
    private final DivisionDirectory divisions;
    private final JdbcClient jdbc;

    public EligibilityFixtures(ElderRegistry registry, CapabilityAssessments assessments, FamilyLinks links,
                        AccountAdministration administration, DivisionDirectory divisions, JdbcClient jdbc) {
        this.registry = registry;
        this.assessments = assessments;
        this.links = links;
        this.administration = administration;
        this.divisions = divisions;
        this.jdbc = jdbc;
    }

    /** A random village of {@code league} (12-digit code). */
    public String village(String league) {
        var villages = divisions.descendants(DivisionCode.of(league), 5);
        return villages.get(ThreadLocalRandom.current().nextInt(villages.size())).code();
    }

    public static String leagueOf(String code) {
        return code.substring(0, 4) + "00000000";
    }

    public static String bannerOf(String code) {
        return code.substring(0, 6) + "000000";
    }

    public static Viewer operator(String division) {
        return new Viewer(0, "elig-operator", "Eligibility operator", Role.OPERATOR, DivisionCode.of(leagueOf(division)));
    }

    public static Viewer regulator(String division) {
        return new Viewer(0, "elig-regulator-" + division, "Eligibility regulator", Role.REGULATOR, DivisionCode.of(division));
    }

    public long elder(String village, Spec spec) {
        for (int attempt = 0; ; attempt++) {
            try {
                return registry.register(operator(village), new ElderDraft("资格测试" + attempt, idNumber(village, spec),
                        null, null, village, spec.household(), spec.living(), spec.emptyNest(), spec.leftBehind(),
                        spec.categories(), spec.disabilityGrade(), null));
            } catch (ElderProblem duplicate) {
                if (attempt > 20 || !"idNumber".equals(duplicate.field())) {
                    throw duplicate;
                }
            }
        }
    }

    public long elder(String village, LocalDate birth) {
        return elder(village, Spec.born(birth));
    }

    /** A random sequence number with the sex digit (odd for men): unique enough, retried when taken. */
    private static String idNumber(String village, Spec spec) {
        int sequence = ThreadLocalRandom.current().nextInt(0, 100) * 10 + ThreadLocalRandom.current().nextInt(0, 5) * 2
                + (spec.sex() == Sex.MALE ? 1 : 0);
        String first17 = village.substring(0, 6) + spec.birth().toString().replace("-", "")
                + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** Two assessor accounts of the village's league: the first completes, the second signs as colleague. */
    public record Assessors(Viewer assessor, String colleague) {
    }

    public Assessors assessors(String village) {
        String league = leagueOf(village);
        String first = TestAccounts.create(administration, Role.ASSESSOR, league);
        String second = TestAccounts.create(administration, Role.ASSESSOR, league);
        return new Assessors(new Viewer(0, first, "Assessor", Role.ASSESSOR, DivisionCode.of(league)), second);
    }

    /** Completes an assessment whose total puts the elder at {@code level} (which publishes CapabilityLevelChanged). */
    public void assess(Assessors who, long elderId, CapabilityLevel level, LocalDate on) {
        AssessmentSheet sheet = assessments.sheet(TestAssessments.STANDARD, TestAssessments.VERSION, Language.ZH);
        int total = switch (level) {
            case INTACT -> 90;
            case MILD -> 70;
            case MODERATE -> 50;
            case SEVERE -> 40;
            case TOTAL -> 20;
        };
        long id = assessments.startDraft(who.assessor(), elderId);
        assessments.complete(who.assessor(), id, TestAssessments.draft(TestAssessments.totalling(sheet, total),
                who.assessor().username(), who.colleague(), on, HealthRecord.none(), List.of(),
                assessments.find(who.assessor(), id).orElseThrow().version()));
    }

    /**
     * Waits until the eligibility listeners have handled every event about these elders (registration, a new level,
     * a death, a move), so that a test's own run is the one that changes things.
     */
    public void settled(long... elderIds) {
        EligibilityListeners.settled(jdbc, elderIds);
    }

    /** A draft rule version of the programme, effective from tomorrow, for a test outside this package. */
    public static long draftRule(org.springframework.context.ApplicationContext context, org.yiyang.benefit.Programme p,
                                 List<org.yiyang.benefit.Condition> conditions, org.yiyang.benefit.RuleAmounts amounts) {
        ProgrammeStore store = context.getBean(ProgrammeStore.class);
        return store.insertRule(new org.yiyang.benefit.RuleVersion(0, p.id(), 0, org.yiyang.benefit.RuleStatus.DRAFT,
                LocalDate.now().plusDays(1), null, conditions, amounts, "draft"), "test", java.time.Instant.now());
    }

    /** A family account confirmed as the elder's child; returns the account id. */
    public long linkedFamily(long elderId, String village) {
        String username = TestAccounts.create(administration, Role.FAMILY, leagueOf(village));
        long accountId = jdbc.sql("SELECT id FROM identity_account WHERE username = :u").param("u", username)
                .query(Long.class).single();
        Viewer family = new Viewer(accountId, username, "Family", Role.FAMILY, DivisionCode.of(leagueOf(village)));
        String idNumber = registry.revealIdNumber(operator(village), elderId);
        links.request(family, new LinkRequest(idNumber, FamilyRelation.CHILD));
        long linkId = jdbc.sql("SELECT MAX(id) FROM elder_family_link WHERE elder_id = :elder AND status = 'REQUESTED'")
                .param("elder", elderId).query(Long.class).single();
        links.confirm(operator(village), linkId);
        return accountId;
    }
}
