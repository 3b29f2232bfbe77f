package org.yiyang.benefit.internal;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The eligibility listeners run after every event about an elder (registration, a new level, a death, a move) and
 * enrol the elder in every active programme of the shared test database that finds them, the programme a test has
 * just created included. A test that sets an elder's enrolments itself waits for them first.
 */
final class EligibilityListeners {

    private EligibilityListeners() {
    }

    /** Waits until the eligibility listeners have handled every event about these elders. */
    static void settled(JdbcClient jdbc, long... elderIds) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (long id : elderIds) {
                long pending = jdbc.sql("""
                                SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
                                AND listener_id LIKE '%EligibilityTriggers%' AND serialized_event LIKE :pattern""")
                        .param("pattern", "%\"elderId\":" + id + ",%").query(Long.class).single();
                if (pending > 0) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Once the listeners are done with the elder: no open enrolment of theirs is left. */
    static void withoutEnrolments(JdbcClient jdbc, long elderId) {
        settled(jdbc, elderId);
        jdbc.sql("""
                        UPDATE benefit_enrolment SET status = 'ENDED', open_elder_id = NULL, end_reason = 'TEST_ISOLATION'
                        WHERE elder_id = :e AND status IN ('ACTIVE', 'PROPOSED')""")
                .param("e", elderId).update();
    }
}
