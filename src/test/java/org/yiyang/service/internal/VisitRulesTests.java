package org.yiyang.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.yiyang.service.GeoFix;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.VisitExceptionKind;
import org.yiyang.service.VisitTask;
import org.yiyang.service.internal.VisitRules.Raised;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.ServiceItem;

class VisitRulesTests {

    private static final GeoPoint HOME = new GeoPoint(46.0763, 121.9520);
    private static final Instant BOOKED = Instant.parse("2026-11-26T01:00:00Z");

    @Test
    void aCheckInAtTheDoorRaisesNothing() {
        assertThat(VisitRules.position(VisitRules.CHECK_IN, fixAt(HOME, 5), HOME, 300)).isEmpty();
        assertThat(VisitRules.distance(fixAt(HOME, 5), HOME)).isZero();
    }

    @Test
    void aCheckInThreeHundredFiftyMetresAwayIsTooFarWithTheDistance() {
        GeoFix away = new GeoFix(HOME.latitude() + GeoPoint.latitudeDegrees(350), HOME.longitude(), 10);
        List<Raised> raised = VisitRules.position(VisitRules.CHECK_IN, away, HOME, 300);
        assertThat(raised).containsExactly(new Raised(VisitExceptionKind.CHECK_IN_TOO_FAR, "CHECK_IN", 350, 300));
        assertThat(VisitRules.position(VisitRules.CHECK_OUT, away, HOME, 300)).extracting(Raised::kind)
                .containsExactly(VisitExceptionKind.CHECK_OUT_TOO_FAR);
    }

    @Test
    void aMissingHomeIsReportedOnceAndAMissingFixEachTime() {
        assertThat(VisitRules.position(VisitRules.CHECK_IN, fixAt(HOME, 5), null, 300)).extracting(Raised::kind)
                .containsExactly(VisitExceptionKind.NO_HOME_POSITION);
        assertThat(VisitRules.position(VisitRules.CHECK_OUT, fixAt(HOME, 5), null, 300)).isEmpty();
        assertThat(VisitRules.position(VisitRules.CHECK_IN, null, HOME, 300)).extracting(Raised::kind)
                .containsExactly(VisitExceptionKind.NO_POSITION);
        assertThat(VisitRules.position(VisitRules.CHECK_OUT, null, null, 300)).extracting(Raised::kind)
                .containsExactly(VisitExceptionKind.NO_POSITION);
    }

    @Test
    void earlyOrLateCountsOnlyBeyondTheTolerance() {
        Duration tolerance = Duration.ofMinutes(30);
        assertThat(VisitRules.time(BOOKED.minus(Duration.ofMinutes(30)), BOOKED, tolerance)).isEmpty();
        assertThat(VisitRules.time(BOOKED.plus(Duration.ofMinutes(30)), BOOKED, tolerance)).isEmpty();
        assertThat(VisitRules.time(BOOKED.minus(Duration.ofMinutes(45)), BOOKED, tolerance))
                .containsExactly(new Raised(VisitExceptionKind.CHECK_IN_EARLY, "CHECK_IN", 45, 30));
        assertThat(VisitRules.time(BOOKED.plus(Duration.ofMinutes(31)), BOOKED, tolerance))
                .containsExactly(new Raised(VisitExceptionKind.CHECK_IN_LATE, "CHECK_IN", 31, 30));
    }

    @Test
    void aVisitShorterThanHalfTheBookedTimeIsShort() {
        Instant end = BOOKED.plus(Duration.ofMinutes(60));
        assertThat(VisitRules.duration(BOOKED, BOOKED.plus(Duration.ofMinutes(30)), BOOKED, end)).isEmpty();
        assertThat(VisitRules.duration(BOOKED, BOOKED.plus(Duration.ofMinutes(29)), BOOKED, end))
                .containsExactly(new Raised(VisitExceptionKind.SHORT_VISIT, "CHECK_OUT", 29, 60));
    }

    @Test
    void tasksMustBelongToTheItemAndSomethingMustBeDone() {
        assertThat(VisitRules.tasks(ServiceItem.BATHING, List.of("BATH_OR_WASH", "SAFETY_CHECK", "BATH_OR_WASH"), null))
                .containsExactly(VisitTask.BATH_OR_WASH, VisitTask.SAFETY_CHECK);
        assertThat(VisitRules.tasks(ServiceItem.BATHING, List.of(), "洗了头")).isEmpty();
        assertThatThrownBy(() -> VisitRules.tasks(ServiceItem.BATHING, List.of("MEDICATION"), null))
                .isInstanceOf(OrderProblem.class).hasMessage("visit.error.task");
        assertThatThrownBy(() -> VisitRules.tasks(ServiceItem.BATHING, List.of(), " "))
                .isInstanceOf(OrderProblem.class).hasMessage("visit.error.tasksRequired");
    }

    @Test
    void aSignatureIsASmallPngDataUrl() {
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(100));
        assertThat(VisitRules.signature(png)).isEqualTo(png);
        for (String bad : List.of("data:image/jpeg;base64,AAAA", "data:image/png;base64,!!!",
                "data:image/png;base64," + Base64.getEncoder().encodeToString("GIF89a...".getBytes()),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png(VisitRules.MAX_SIGNATURE_BYTES + 1)),
                "javascript:alert(1)")) {
            assertThatThrownBy(() -> VisitRules.signature(bad)).isInstanceOf(OrderProblem.class)
                    .hasMessage("visit.error.signature");
        }
    }

    @Test
    void positionsOutsideTheWorldAreRefused() {
        assertThatThrownBy(() -> new GeoFix(91, 0, 5)).isInstanceOf(OrderProblem.class);
        assertThatThrownBy(() -> new GeoFix(46, 121, -1)).isInstanceOf(OrderProblem.class);
        assertThat(GeoFix.ofNullable(null, 121.0, 5.0)).isNull();
    }

    @Property
    void theDistanceExceptionAppearsExactlyBeyondTheTolerance(@ForAll @DoubleRange(min = 0, max = 2000) double metres) {
        GeoFix fix = new GeoFix(HOME.latitude() + GeoPoint.latitudeDegrees(metres), HOME.longitude(), 5);
        int distance = VisitRules.distance(fix, HOME);
        assertThat(VisitRules.position(VisitRules.CHECK_IN, fix, HOME, 300)).hasSize(distance > 300 ? 1 : 0);
    }

    private static GeoFix fixAt(GeoPoint point, double accuracy) {
        return new GeoFix(point.latitude(), point.longitude(), accuracy);
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
