package org.yiyang.service;

import java.time.LocalDateTime;

/** One date's slot as an elder chooses it: start (China time) and whether it still has room. */
public record BookableTime(LocalDateTime start, LocalDateTime end, int free) {

    public boolean available() {
        return free > 0;
    }
}
