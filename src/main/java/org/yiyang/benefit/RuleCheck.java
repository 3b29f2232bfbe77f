package org.yiyang.benefit;

import java.util.List;

/**
 * What checking a rule version found. Errors (a value that does not parse, dates that overlap a published version)
 * stop it being saved or published; warnings (a rule that can never match or always matches, a monthly amount of
 * nothing) stop publishing unless the regulator confirms. {@code reach} is how many elders the rule matches today
 * among the active elders of the programme's division; null when it could not be counted (the rule has errors).
 */
public record RuleCheck(List<Finding> errors, List<Finding> warnings, Reach reach) {

    public RuleCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A finding on a form field ({@code conditions[2].values}, {@code ageBands[0].fromAge}…), or on the whole rule when null. */
    public record Finding(String field, String messageKey, List<Object> args) {
        public Finding {
            args = List.copyOf(args);
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** Elders the rule matches today, of the active elders living in the programme's division. */
    public record Reach(long matching, long active) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Whether the rule may be published: no errors, and no warnings unless confirmed. */
    public boolean allowsPublishing(boolean despiteWarnings) {
        return !hasErrors() && (despiteWarnings || !hasWarnings());
    }

    /** The errors on one field. */
    public List<Finding> on(String field) {
        return errors.stream().filter(f -> field.equals(f.field())).toList();
    }

    public boolean invalid(String field) {
        return errors.stream().anyMatch(f -> field.equals(f.field()));
    }

    /** The errors on the whole rule rather than one field. */
    public List<Finding> general() {
        return errors.stream().filter(f -> f.field() == null).toList();
    }
}
