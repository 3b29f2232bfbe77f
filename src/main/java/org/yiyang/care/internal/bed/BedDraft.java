package org.yiyang.care.internal.bed;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.yiyang.shared.Money;
import org.yiyang.shared.ServiceItem;

/**
 * A family care bed as the provider registers or corrects it. The elder is named by their platform number and
 * name as both stand on the signed agreement; {@code providerId} is null for a provider administrator (their
 * own provider). {@code plan} is visits per month for each service item (照护服务计划).
 */
public record BedDraft(Long elderId, String elderName, Long providerId, String agreementNo, LocalDate agreementStart,
                       LocalDate agreementEnd, Map<ServiceItem, Integer> plan, Set<AdaptationItem> adaptation,
                       LocalDate adaptationDoneOn, Money adaptationCost, String adaptationNote) {
}
