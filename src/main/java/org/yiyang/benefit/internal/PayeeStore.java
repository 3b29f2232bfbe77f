package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.benefit.Payee;
import org.yiyang.benefit.PayeeView;
import org.yiyang.region.DivisionScope;
import org.yiyang.shared.DivisionCode;

/**
 * benefit_payee, read together with the elder module's published view {@code elder_benefit_fact} (name and
 * division). The account number arrives here already encrypted, indexed and masked.
 */
@Repository
class PayeeStore {

    private static final String COLUMNS = """
            e.elder_id, e.name, e.division_code, y.holder_name, y.bank_name, y.account_masked, y.updated_at, y.updated_by""";

    private final JdbcClient jdbc;

    PayeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The elder with their account, if the elder lies within {@code scope}. */
    Optional<PayeeView> find(DivisionScope scope, long elderId) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS
                        + " FROM elder_benefit_fact e LEFT JOIN benefit_payee y ON y.elder_id = e.elder_id"
                        + " WHERE e.elder_id = :elder AND " + scope.where("e.division_code")))
                .param("elder", elderId)
                .query(PayeeStore::view).optional();
    }

    Optional<String> sealedAccount(long elderId) {
        return jdbc.sql("SELECT account_enc FROM benefit_payee WHERE elder_id = :elder").param("elder", elderId)
                .query(String.class).optional();
    }

    /** The elders within {@code scope} whose account has this blind index. */
    List<PayeeView> byIndex(DivisionScope scope, String accountIndex) {
        return scope.bind(jdbc.sql("SELECT " + COLUMNS
                        + " FROM benefit_payee y JOIN elder_benefit_fact e ON e.elder_id = y.elder_id"
                        + " WHERE y.account_index = :index AND " + scope.where("e.division_code") + " ORDER BY e.elder_id"))
                .param("index", accountIndex)
                .query(PayeeStore::view).list();
    }

    /** Records or replaces the elder's account; a concurrent first save of the same elder turns into a replace. */
    void save(SealedPayee payee, String by, Instant at) {
        if (update(payee, by, at) == 0) {
            try {
                jdbc.sql("""
                                INSERT INTO benefit_payee (elder_id, division_code, holder_name, bank_name, account_enc,
                                    account_index, account_masked, updated_at, updated_by)
                                VALUES (:elder, :division, :holder, :bank, :enc, :index, :masked, :at, :by)""")
                        .params(payee.params()).param("at", Timestamp.from(at)).param("by", by)
                        .update();
            } catch (DuplicateKeyException raced) {
                update(payee, by, at);
            }
        }
    }

    private int update(SealedPayee payee, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE benefit_payee SET division_code = :division, holder_name = :holder, bank_name = :bank,
                            account_enc = :enc, account_index = :index, account_masked = :masked, updated_at = :at,
                            updated_by = :by
                        WHERE elder_id = :elder""")
                .params(payee.params()).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    private static PayeeView view(ResultSet rs, int row) throws SQLException {
        Payee payee = rs.getString("holder_name") == null ? null
                : new Payee(rs.getString("holder_name"), rs.getString("bank_name"), rs.getString("account_masked"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
        return new PayeeView(rs.getLong("elder_id"), rs.getString("name"), DivisionCode.of(rs.getString("division_code")),
                payee);
    }

    /** A payee row as it is stored: the number only encrypted, indexed and masked. */
    record SealedPayee(long elderId, String division, String holderName, String bankName, String accountEnc,
                       String accountIndex, String accountMasked) {

        Map<String, Object> params() {
            return Map.of("elder", elderId, "division", division, "holder", holderName, "bank", bankName,
                    "enc", accountEnc, "index", accountIndex, "masked", accountMasked);
        }
    }
}
