package org.yiyang.benefit;

import java.time.Instant;

/** The bank account an elder's cash allowances are paid to, as people see it: the number only masked (6222****1234). */
public record Payee(String holderName, String bankName, String accountMasked, Instant updatedAt, String updatedBy) {
}
