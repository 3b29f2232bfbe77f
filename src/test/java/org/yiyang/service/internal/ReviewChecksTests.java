package org.yiyang.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.ReviewDraft;
import org.yiyang.service.ReviewTag;

class ReviewChecksTests {

    @Property
    void oneToFiveStarsWithAShortCommentPass(@ForAll @IntRange(min = 1, max = 5) int stars,
                                             @ForAll @StringLength(max = 500) String comment) {
        assertThatNoException().isThrownBy(() -> ReviewChecks.check(new ReviewDraft(stars, Set.of(), comment)));
    }

    @Property
    void anyOtherNumberOfStarsIsRefusedOnTheStarsField(@ForAll int stars) {
        if (stars >= 1 && stars <= 5) {
            return;
        }
        assertThatThrownBy(() -> ReviewChecks.check(new ReviewDraft(stars, Set.of(), null)))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.field()).isEqualTo("stars"));
    }

    @Test
    void aCommentOfFiveHundredAndOneCharactersIsRefusedButSurroundingSpaceDoesNotCount() {
        assertThatThrownBy(() -> ReviewChecks.check(new ReviewDraft(3, Set.of(), "字".repeat(501))))
                .isInstanceOfSatisfying(OrderProblem.class, p -> assertThat(p.field()).isEqualTo("comment"));
        assertThatNoException().isThrownBy(() -> ReviewChecks.check(new ReviewDraft(3, Set.of(), "  " + "字".repeat(500) + " ")));
        assertThat(ReviewChecks.optional("comment", "   ", 500)).isNull();
    }

    @Property
    void tagsSurviveTheTripThroughTheirStoredCodes(@ForAll Set<ReviewTag> tags) {
        assertThat(ReviewStore.tags(ReviewStore.codes(tags))).isEqualTo(tags);
    }

    @Test
    void onlyTheTenKnownTagCodesParse() {
        assertThat(ReviewTag.parse(" RUDE ")).isEqualTo(ReviewTag.RUDE);
        assertThat(ReviewTag.values()).filteredOn(ReviewTag::good).hasSize(5);
        assertThatThrownBy(() -> ReviewTag.parse("rude")).isInstanceOf(OrderProblem.class);
        assertThatThrownBy(() -> ReviewTag.parse(null)).isInstanceOf(OrderProblem.class);
    }
}
