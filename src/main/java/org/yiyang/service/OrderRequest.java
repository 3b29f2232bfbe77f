package org.yiyang.service;

import java.time.LocalDateTime;

/** An order as it is placed: for whom, which offering, which slot start (China time), how many units, a note. */
public record OrderRequest(long elderId, long offeringId, LocalDateTime start, int quantity, String note) {
}
