/**
 * Subsidies that find the people entitled to them (免申即享): programmes with eligibility rules kept as data,
 * set-based eligibility runs over the whole registry, policy what-if, monthly allowances with bank payment
 * files, a double-entry ledger for programme funds, elders' wallets and providers' receivables, the share of
 * service orders that subsidies, vouchers and points pay, and the checks a regulator reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subsidies and benefit ledger (补贴与津贴)")
package org.yiyang.benefit;
