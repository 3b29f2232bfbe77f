package org.yiyang.service.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiyang.elder.ElderProblem;
import org.yiyang.elder.ServiceRecipient;
import org.yiyang.elder.ServiceRecipients;
import org.yiyang.identity.Viewer;
import org.yiyang.provider.ProviderDirectory;
import org.yiyang.provider.ProviderInfo;
import org.yiyang.service.OrderChannel;
import org.yiyang.service.OrderProblem;
import org.yiyang.service.OrderRequest;
import org.yiyang.service.OrderStatus;
import org.yiyang.service.OrderStatusChanged;
import org.yiyang.service.PaymentShare;
import org.yiyang.service.PriceQuestion;
import org.yiyang.service.PriceUnit;
import org.yiyang.service.UrgentOrderRequest;
import org.yiyang.service.internal.OfferingStore.OfferingRow;
import org.yiyang.shared.ChinaTime;
import org.yiyang.shared.Money;

/** Checks an order request against the elder, the offering, the slot and the provider, then writes it. */
@Component
class OrderPlacement {

    private static final SecureRandom PINS = new SecureRandom();

    private final JdbcClient jdbc;
    private final OfferingStore offerings;
    private final OrderStore orders;
    private final PaymentStore payments;
    private final ServiceRecipients recipients;
    private final ProviderDirectory providers;
    private final Pricing pricing;
    private final OrderNotices notices;
    private final ServiceSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderPlacement(JdbcClient jdbc, OfferingStore offerings, OrderStore orders, PaymentStore payments,
                   ServiceRecipients recipients, ProviderDirectory providers, Pricing pricing, OrderNotices notices,
                   ServiceSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.offerings = offerings;
        this.orders = orders;
        this.payments = payments;
        this.recipients = recipients;
        this.providers = providers;
        this.pricing = pricing;
        this.notices = notices;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A request that passed every check except the slot's remaining room. */
    record Checked(ServiceRecipient elder, OfferingRow offering, ProviderInfo provider, Instant start, Instant end,
                   int quantity, Money total) {

        PriceQuestion question() {
            return new PriceQuestion(elder.elderId(), provider.id(), offering.item(), start, quantity, total);
        }
    }

    @Transactional(readOnly = true)
    List<PaymentShare> quote(Viewer viewer, OrderRequest request) {
        return pricing.split(check(viewer, request).question());
    }

    @Transactional
    long place(Viewer viewer, OrderChannel channel, OrderRequest request, String key, String hash) {
        Checked checked = check(viewer, request);
        if (!offerings.take(checked.offering().id(), checked.start(),
                CatalogueService.capacity(checked.offering(), request.start()))) {
            throw OrderProblem.of("start", "service.error.slotFull");
        }
        return write(viewer, channel, request, key, hash, checked);
    }

    /** An urgent order starts now (to the minute) and takes no slot; the provider must be open for its duration. */
    @Transactional
    long placeUrgent(Viewer viewer, UrgentOrderRequest urgent, String key, String hash) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ChinaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        OrderRequest request = new OrderRequest(urgent.elderId(), urgent.offeringId(), start, 1, urgent.note());
        Checked checked = checkParties(viewer, request, offerings.find(urgent.offeringId()));
        OfferingRow offering = checked.offering();
        if (!checked.provider().hours().covers(start, start.plusMinutes(minutes(offering, 1)))) {
            throw OrderProblem.of("offeringId", "service.error.closedNow");
        }
        Instant at = CatalogueService.instant(start);
        return write(viewer, OrderChannel.URGENT, request, key, hash, new Checked(checked.elder(), offering,
                checked.provider(), at, at.plusSeconds(60L * minutes(offering, 1)), 1, offering.price()));
    }

    private long write(Viewer viewer, OrderChannel channel, OrderRequest request, String key, String hash,
                       Checked checked) {
        ServiceRecipient elder = checked.elder();
        ProviderInfo provider = checked.provider();
        Money total = checked.total();
        Instant now = clock.instant();
        OrderRow order = insert(viewer, channel, request, key, hash, elder, checked.offering(), provider,
                checked.start(), checked.end(), total, now);
        long id = order.id();
        payments.create(id, total, pricing.reserve(id, checked.question()), now);
        orders.recordStep(id, OrderStatus.PLACED, OrderMoves.actor(viewer), null, now);
        events.publishEvent(new OrderStatusChanged(id, elder.elderId(), provider.id(), elder.division().value(), null,
                OrderStatus.PLACED, now));
        notices.moved(order, OrderStatus.PLACED, viewer.accountId());
        return id;
    }

    private Checked check(Viewer viewer, OrderRequest request) {
        Checked parties = checkParties(viewer, request, offerings.findForSlot(request.offeringId(), request.start()));
        OfferingRow offering = parties.offering();
        Instant start = checkStart(request.start(), offering, parties.provider(), request.quantity());
        Instant end = start.plusSeconds(60L * minutes(offering, request.quantity()));
        return new Checked(parties.elder(), offering, parties.provider(), start, end, request.quantity(),
                offering.price().times(request.quantity()));
    }

    /** The elder, the offering and its provider, the quantity and the note; the times are not checked yet. */
    private Checked checkParties(Viewer viewer, OrderRequest request, Optional<OfferingRow> found) {
        ServiceRecipient elder = elder(viewer, request.elderId());
        OfferingRow offering = found.orElseThrow(() -> OrderProblem.of("offeringId", "service.error.offeringNotFound"));
        ProviderInfo provider = providers.find(offering.providerId())
                .orElseThrow(() -> OrderProblem.of("offeringId", "service.error.offeringNotFound"));
        if (!offering.active() || !provider.active()) {
            throw OrderProblem.of("offeringId", "service.error.offeringInactive");
        }
        if (offering.areas().stream().noneMatch(area -> area.contains(elder.division()))) {
            throw OrderProblem.of("offeringId", "service.error.outsideArea");
        }
        if (request.quantity() < 1 || request.quantity() > 10) {
            throw OrderProblem.of("quantity", "service.error.quantity");
        }
        if (request.note() != null && request.note().length() > 500) {
            throw OrderProblem.of("note", "service.error.note");
        }
        return new Checked(elder, offering, provider, null, null, request.quantity(), null);
    }

    private ServiceRecipient elder(Viewer viewer, long elderId) {
        ServiceRecipient elder;
        try {
            elder = recipients.forViewer(viewer, elderId);
        } catch (ElderProblem notFound) {
            throw OrderProblem.of("elderId", "service.error.elderNotFound");
        }
        if (!elder.living()) {
            throw OrderProblem.of("elderId", "service.error.elderNotActive");
        }
        return elder;
    }

    private Instant checkStart(LocalDateTime start, OfferingRow offering, ProviderInfo provider, int quantity) {
        if (start == null) {
            throw OrderProblem.of("start", "service.error.noSuchSlot");
        }
        Instant instant = CatalogueService.instant(start);
        if (!instant.isAfter(clock.instant())) {
            throw OrderProblem.of("start", "service.error.slotPast");
        }
        if (instant.isBefore(clock.instant().plus(settings.minLeadTime()))) {
            throw OrderProblem.of("start", "service.error.tooSoon", settings.minLeadTime().toMinutes());
        }
        if (start.toLocalDate().isAfter(ChinaTime.today(clock).plusDays(settings.maxAdvanceDays()))) {
            throw OrderProblem.of("start", "service.error.tooFarAhead", settings.maxAdvanceDays());
        }
        if (!provider.hours().covers(start, start.plusMinutes(minutes(offering, quantity)))) {
            throw OrderProblem.of("start", "service.error.outsideHours");
        }
        if (CatalogueService.capacity(offering, start) == 0) {
            throw OrderProblem.of("start", "service.error.noSuchSlot");
        }
        return instant;
    }

    /** An hourly service books as many hours as ordered; a visit or a meal takes one slot's time. */
    private static long minutes(OfferingRow offering, int quantity) {
        return (long) offering.durationMinutes() * (offering.unit() == PriceUnit.PER_HOUR ? quantity : 1);
    }

    /** Writes the order and returns the row as written, so that nothing has to be read back. */
    private OrderRow insert(Viewer viewer, OrderChannel channel, OrderRequest request, String key, String hash,
                        ServiceRecipient elder, OfferingRow offering, ProviderInfo provider, Instant start,
                        Instant end, Money total, Instant now) {
        var keys = new GeneratedKeyHolder();
        String pin = String.format("%04d", PINS.nextInt(10_000));
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        jdbc.sql("""
                        INSERT INTO service_order (placed_by, idempotency_key, request_hash, channel, elder_id, elder_name,
                        division_code, provider_id, provider_division, provider_name, offering_id, item, offering_name,
                        quantity, unit_price_fen, total_fen, scheduled_start, scheduled_end, status, confirmation_pin, note,
                        placed_at, updated_at)
                        VALUES (:by, :key, :hash, :channel, :elder, :elderName, :division, :provider, :providerDivision,
                        :providerName, :offering, :item, :offeringName, :quantity, :unitPrice, :total, :start, :end,
                        'PLACED', :pin, :note, :now, :now)""")
                .param("by", viewer.accountId()).param("key", key).param("hash", hash).param("channel", channel.name())
                .param("elder", elder.elderId()).param("elderName", elder.name())
                .param("division", elder.division().value()).param("provider", provider.id())
                .param("providerDivision", provider.division().value()).param("providerName", provider.name())
                .param("offering", offering.id()).param("item", offering.item().name())
                .param("offeringName", offering.name()).param("quantity", request.quantity())
                .param("unitPrice", offering.price().fen()).param("total", total.fen())
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("pin", pin).param("note", note).param("now", Timestamp.from(now))
                .update(keys, "id");
        return new OrderRow(keys.getKey().longValue(), viewer.accountId(), channel, elder.elderId(), elder.name(),
                elder.division().value(), provider.id(), provider.division().value(), provider.name(), offering.id(),
                offering.item(), offering.name(), request.quantity(), offering.price().fen(), total.fen(), start, end,
                OrderStatus.PLACED, null, null, null, pin, note, null, now);
    }
}
