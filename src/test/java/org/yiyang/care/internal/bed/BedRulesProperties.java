package org.yiyang.care.internal.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yiyang.care.CareBedStatus;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.provider.ProviderKind;
import org.yiyang.provider.ProviderStatus;
import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** The bed rules over whole ranges of input: what is inside the bounds passes, everything else is refused. */
class BedRulesProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ProviderInfo CENTRE = new ProviderInfo(1, "中心", ProviderKind.HOME_SERVICE_COMPANY,
            DivisionCode.of("152221100001"), "兴科居委会", "地址", new GeoPoint(46, 121), null, ProviderStatus.ACTIVE,
            EnumSet.of(ServiceItem.BATHING, ServiceItem.HOME_VISIT), null);

    @Property
    void visitsAMonthPassOnlyFromOneToThirtyOne(@ForAll @IntRange(min = -50, max = 80) int visits) {
        var plan = Map.of(ServiceItem.BATHING, visits);
        if (visits >= 1 && visits <= 31) {
            assertThatCode(() -> BedRules.checkPlan(plan, CENTRE)).doesNotThrowAnyException();
        } else {
            refused(() -> BedRules.checkPlan(plan, CENTRE), "carebed.error.planVisits");
        }
    }

    @Property
    void theAgreementMustEndAfterItStarts(@ForAll @IntRange(min = -400, max = 400) int days) {
        BedDraft draft = draft(TODAY, TODAY.plusDays(days), TODAY, Money.ofFen(100));
        if (days > 0) {
            assertThatCode(() -> BedRules.checkAgreement(draft)).doesNotThrowAnyException();
        } else {
            refused(() -> BedRules.checkAgreement(draft), "carebed.error.agreementOrder");
        }
    }

    @Property
    void theAdaptationIsFinishedByTodayAndCostsAtMostAHundredThousandYuan(
            @ForAll @IntRange(min = -30, max = 30) int daysFromToday, @ForAll @IntRange(min = -5, max = 200_000) int yuan) {
        BedDraft draft = draft(TODAY, TODAY.plusYears(1), TODAY.plusDays(daysFromToday), Money.ofFen(yuan * 100L));
        boolean valid = daysFromToday <= 0 && yuan >= 0 && yuan <= 100_000;
        if (valid) {
            assertThatCode(() -> BedRules.checkAdaptation(draft, TODAY)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> BedRules.checkAdaptation(draft, TODAY)).isInstanceOf(BedProblem.class);
        }
    }

    @Property
    void anInspectionFallsBetweenRegistrationAndToday(@ForAll @IntRange(min = -20, max = 20) int offset) {
        LocalDate registeredOn = TODAY.minusDays(10);
        Bed bed = bed(registeredOn.minusDays(3));
        LocalDate on = TODAY.plusDays(offset);
        if (!on.isBefore(registeredOn) && !on.isAfter(TODAY)) {
            assertThatCode(() -> BedRules.checkInspection(bed, on, true, null, registeredOn, TODAY))
                    .doesNotThrowAnyException();
        } else {
            refused(() -> BedRules.checkInspection(bed, on, true, null, registeredOn, TODAY),
                    "carebed.error.inspectionDate");
        }
    }

    @Property
    void everyStatusButTerminatedMayBeTerminatedAndOnlyThoseMovesExist(@ForAll CareBedStatus from,
                                                                        @ForAll CareBedStatus to) {
        if (to == CareBedStatus.TERMINATED) {
            assertThat(from.canMoveTo(to)).isEqualTo(from.open());
        }
        if (to == CareBedStatus.ACTIVE) {
            assertThat(from.canMoveTo(to)).isEqualTo(from == CareBedStatus.ACCEPTED);
        }
        assertThat(CareBedStatus.TERMINATED.next()).isEmpty();
    }

    private static BedDraft draft(LocalDate start, LocalDate end, LocalDate adaptedOn, Money cost) {
        return new BedDraft(1L, "老人", null, "A-1", start, end, Map.of(ServiceItem.BATHING, 4),
                EnumSet.of(AdaptationItem.GRAB_BARS), adaptedOn, cost, null);
    }

    private static Bed bed(LocalDate adaptedOn) {
        return new Bed(1, 1, "老人", DivisionCode.of("152221100001"), "兴科居委会", 1, "中心", "A-1",
                TODAY.minusMonths(1), TODAY.plusYears(1), EnumSet.of(AdaptationItem.GRAB_BARS), adaptedOn,
                Money.ofFen(100), null, CareBedStatus.REGISTERED, null, null, null, null, Instant.now());
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BedProblem.class,
                problem -> assertThat(problem.messageKey()).isEqualTo(key));
    }
}
