package org.yiyang.provider;

import org.yiyang.shared.DivisionCode;

/** A regulator suspended, closed or reopened a provider; only an active provider takes orders. */
public record ProviderStatusChanged(long providerId, DivisionCode division, ProviderStatus from, ProviderStatus to) {
}
