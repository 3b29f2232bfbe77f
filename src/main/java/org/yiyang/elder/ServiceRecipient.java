package org.yiyang.elder;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.GeoPoint;
import org.yiyang.shared.PhoneNumber;

/**
 * An elder as the receiver of services at home: where to go and what to know at the door. Holds personal
 * data in full ({@code address}, {@code phone}, {@code home}) for the people who serve the elder; show it
 * only to them, and never log it. {@code home} and {@code phone} may be null when not on file.
 */
public record ServiceRecipient(long elderId, String name, DivisionCode division, String divisionName,
                               String address, GeoPoint home, PhoneNumber phone, int age,
                               CapabilityLevel capabilityLevel, String needs, ElderStatus status) {

    public boolean living() {
        return status == ElderStatus.ACTIVE;
    }
}
