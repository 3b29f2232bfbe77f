package org.yiyang.benefit.internal;

/** The kinds of ledger account (账户). */
enum AccountKind {
    FUNDING_SOURCE,     // where a programme's budget comes from (财政资金来源); goes negative as budget is allocated
    FUND,               // a programme's fund: budget in, entitlements and order shares out
    WALLET,             // one elder's balance from one programme, in the programme's purse
    BANK_CLEARING,      // cash allowances handed to the bank in a payment file (代发在途)
    ORDER_HOLD,         // wallet money and funding shares reserved for placed, unpaid orders
    PROVIDER,           // what a provider is owed for subsidised services (应收)
    COLLECTIVE,         // a village collective's contribution to meals (集体添一点)
    DONORS,             // donors' contributions to a programme (社会捐一点)
    POINTS_ISSUED       // points issued by a points programme (its points fund, in POINT)
}
