package org.yiyang.elder;

/** How an elder's home position came onto the file. */
public enum HomeLocationSource {
    MANUAL,  // typed in (or read off a map) by staff, the elder or a family member
    DEVICE,  // the position of the phone or computer of the person who set it, standing at the home
    DEMO;    // invented for the demo data

    public String messageKey() {
        return "elder.home.source." + name();
    }
}
