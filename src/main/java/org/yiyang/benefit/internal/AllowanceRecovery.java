package org.yiyang.benefit.internal;

/**
 * Recovers (追回) an allowance that was paid after the elder's death: what a regulator's confirmation of a
 * DECEASED_PAID finding sets off. Implemented by the monthly allowance side; idempotent there.
 */
interface AllowanceRecovery {

    void recover(long allowanceId, String by);
}
