package org.yiyang.elder;

/** An elder was added to the registry. */
public record ElderRegistered(long elderId, String divisionCode) {
}
