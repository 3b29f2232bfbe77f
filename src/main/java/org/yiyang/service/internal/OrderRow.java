package org.yiyang.service.internal;

import java.time.Instant;

import org.yiyang.service.OrderChannel;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderSummary;
import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/** A service_order row as the module works with it. */
record OrderRow(long id, long placedBy, OrderChannel channel, long elderId, String elderName, String divisionCode,
                long providerId, String providerDivision, String providerName, long offeringId, ServiceItem item,
                String offeringName, int quantity, long unitPriceFen, long totalFen, Instant scheduledStart,
                Instant scheduledEnd, OrderStatus status, Long caregiverId, Long caregiverAccount,
                String caregiverName, String confirmationPin, String note, String reason, Instant placedAt) {

    static final String COLUMNS = """
            o.id, o.placed_by, o.channel, o.elder_id, o.elder_name, o.division_code, o.provider_id, o.provider_division,
            o.provider_name, o.offering_id, o.item, o.offering_name, o.quantity, o.unit_price_fen, o.total_fen,
            o.scheduled_start, o.scheduled_end, o.status, o.caregiver_id, o.caregiver_account, o.caregiver_name,
            o.confirmation_pin, o.note, o.reason, o.placed_at""";

    OrderSummary summary() {
        return new OrderSummary(id, status, channel, elderId, elderName, divisionCode, providerId, providerName, item,
                offeringName, scheduledStart, scheduledEnd, Money.ofFen(totalFen), caregiverId, caregiverName,
                placedAt);
    }
}
