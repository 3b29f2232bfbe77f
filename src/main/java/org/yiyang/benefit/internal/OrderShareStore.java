package org.yiyang.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiyang.service.Payer;

/** benefit_order_share: what each programme pays of an order, RESERVED at placing, then SETTLED or RELEASED. */
@Repository
class OrderShareStore {

    enum Status { RESERVED, SETTLED, RELEASED }

    /** One stored share; {@code programmeName} is filled only where it is read for display. */
    record Row(long id, long orderId, long programmeId, String programmeName, long elderId, long providerId, Payer payer,
               long fen, long points, Status status, long reserveTx, Long settleTx) {
    }

    private static final String COLUMNS = """
            s.id, s.order_id, s.programme_id, s.elder_id, s.provider_id, s.payer, s.amount_fen, s.points, s.status,
            s.reserve_tx, s.settle_tx""";

    private final JdbcClient jdbc;

    OrderShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long orderId, long elderId, long providerId, List<ShareSplit.Share> shares, long reserveTx) {
        for (ShareSplit.Share share : shares) {
            jdbc.sql("""
                            INSERT INTO benefit_order_share (order_id, programme_id, elder_id, provider_id, payer, amount_fen,
                                points, status, reserve_tx)
                            VALUES (:order, :programme, :elder, :provider, :payer, :fen, :points, 'RESERVED', :tx)""")
                    .param("order", orderId).param("programme", share.programme().id()).param("elder", elderId)
                    .param("provider", providerId).param("payer", share.payer().name()).param("fen", share.fen())
                    .param("points", share.points()).param("tx", reserveTx)
                    .update();
        }
    }

    /** The order's shares in the order they were taken, with their programme's name. */
    List<Row> ofOrder(long orderId) {
        return jdbc.sql("SELECT " + COLUMNS + ", p.name FROM benefit_order_share s JOIN benefit_programme p ON p.id = s.programme_id"
                        + " WHERE s.order_id = :order ORDER BY s.id")
                .param("order", orderId).query((rs, n) -> row(rs, rs.getString("name"))).list();
    }

    /**
     * The order's shares still RESERVED, locked until the end of the transaction, so that an event delivered
     * twice at once settles or releases them once.
     */
    List<Row> lockReserved(long orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM benefit_order_share s WHERE s.order_id = :order AND s.status = 'RESERVED'"
                        + " ORDER BY s.id FOR UPDATE")
                .param("order", orderId).query((rs, n) -> row(rs, null)).list();
    }

    void settle(long orderId, Long settleTx) {
        jdbc.sql("UPDATE benefit_order_share SET status = 'SETTLED', settle_tx = :tx WHERE order_id = :order AND status = 'RESERVED'")
                .param("tx", settleTx).param("order", orderId).update();
    }

    void release(long orderId) {
        jdbc.sql("UPDATE benefit_order_share SET status = 'RELEASED' WHERE order_id = :order AND status = 'RESERVED'")
                .param("order", orderId).update();
    }

    private static Row row(ResultSet rs, String programmeName) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("programme_id"), programmeName,
                rs.getLong("elder_id"), rs.getLong("provider_id"), Payer.valueOf(rs.getString("payer")),
                rs.getLong("amount_fen"), rs.getLong("points"), Status.valueOf(rs.getString("status")),
                rs.getLong("reserve_tx"), rs.getObject("settle_tx", Long.class));
    }
}
