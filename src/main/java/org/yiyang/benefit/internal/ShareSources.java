package org.yiyang.benefit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiyang.benefit.Programme;
import org.yiyang.benefit.RuleAmounts;
import org.yiyang.benefit.RuleVersion;
import org.yiyang.shared.ServiceItem;

/**
 * The programmes that may pay part of an elder's order: the elder's ACTIVE enrolments (begun by the service day)
 * in ACTIVE programmes that pay per order or from a wallet, whose published rule in effect on the service day
 * covers the item. Cash allowances (paid to the bank) never pay for orders.
 */
@Component
class ShareSources {

    /** A programme that may pay, with the amounts of its rule in effect on the service day. */
    record Candidate(Programme programme, RuleAmounts amounts) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeStore programmes;

    ShareSources(JdbcClient jdbc, ProgrammeStore programmes) {
        this.jdbc = jdbc;
        this.programmes = programmes;
    }

    List<Candidate> of(long elderId, LocalDate serviceDay, ServiceItem item) {
        List<Programme> enrolled = jdbc.sql("SELECT " + ProgrammeStore.PROGRAMME_COLUMNS + """
                         FROM benefit_enrolment en JOIN benefit_programme p ON p.id = en.programme_id
                        WHERE en.elder_id = :elder AND en.status = 'ACTIVE' AND en.start_date <= :day
                          AND p.status = 'ACTIVE' AND p.payout IN ('PER_ORDER', 'SUBSIDY_WALLET', 'VOUCHER_WALLET', 'POINTS')
                        ORDER BY p.id""")
                .param("elder", elderId).param("day", serviceDay)
                .query(ProgrammeStore::programme).list();
        return enrolled.stream()
                .flatMap(p -> covering(p, serviceDay, item).stream())
                .toList();
    }

    private Optional<Candidate> covering(Programme p, LocalDate day, ServiceItem item) {
        return programmes.ruleInEffect(p.id(), day).map(RuleVersion::amounts)
                .filter(amounts -> amounts.covers(item))
                .map(amounts -> new Candidate(p, amounts));
    }
}
