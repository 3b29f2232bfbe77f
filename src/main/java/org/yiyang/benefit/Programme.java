package org.yiyang.benefit;

import org.yiyang.shared.DivisionCode;
import org.yiyang.shared.Money;

/** A subsidy programme (补贴项目) of a region, league or banner. */
public record Programme(long id, String code, ProgrammeKind kind, String name, DivisionCode division,
                        String fundingSource, Money budget, Payout payout, EnrolmentMode enrolmentMode,
                        ProgrammeStatus status, int version) {
}
