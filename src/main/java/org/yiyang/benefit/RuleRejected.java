package org.yiyang.benefit;

/** A rule version that was not saved or published, and everything its check found. Nothing has been changed. */
public class RuleRejected extends RuntimeException {

    private final transient RuleCheck check;

    public RuleRejected(RuleCheck check) {
        super("Rule refused: " + check.errors().size() + " errors, " + check.warnings().size() + " warnings");
        this.check = check;
    }

    public RuleCheck check() {
        return check;
    }
}
