package org.yiyang.benefit.internal;

/** What a ledger transaction records. */
enum TransactionKind {
    BUDGET,          // budget allocated to a programme's fund
    ENTITLEMENT,     // monthly allowance or subsidy credited to wallets (one compound transaction per batch)
    REISSUE,         // missed months credited (补发)
    BANK_PAYOUT,     // a payment file confirmed paid by the bank
    ORDER_RESERVE,   // wallet money and shares held for a placed order
    ORDER_SETTLE,    // a paid order's held shares owed to the provider
    ORDER_RELEASE,   // an order that ended unpaid gives its hold back
    POINTS_AWARD,    // happiness points earned
    VOUCHER_ISSUE,   // vouchers issued
    RECOVERY,        // an allowance paid after death is owed back (追回)
    REVERSAL         // corrects an earlier transaction
}
