package org.yiyang.provider;

/** One directory hit: the provider and its great-circle distance in metres (null when no point was given). */
public record ProviderListing(ProviderInfo provider, Double distanceMetres) {
}
