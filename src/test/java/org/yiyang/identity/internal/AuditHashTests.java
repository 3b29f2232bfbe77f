package org.yiyang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditHashTests {

    private static final AuditRecord RECORD = new AuditRecord(42, Instant.parse("2025-03-01T02:00:00.123Z"),
            "admin", "ACCOUNT_CREATED", "SUCCESS", "account:7", "152221000000", "10.0.0.8", "role=CAREGIVER",
            "ab".repeat(32), null);

    @Test
    void isDeterministic() {
        AuditRecord copy = new AuditRecord(42, Instant.parse("2025-03-01T02:00:00.123Z"), "admin",
                "ACCOUNT_CREATED", "SUCCESS", "account:7", "152221000000", "10.0.0.8", "role=CAREGIVER",
                "ab".repeat(32), null);

        assertThat(AuditHash.of(RECORD)).isEqualTo(AuditHash.of(RECORD)).isEqualTo(AuditHash.of(copy));
    }

    @Test
    void isSixtyFourLowercaseHexDigits() {
        assertThat(AuditHash.of(RECORD)).matches("[0-9a-f]{64}");
        assertThat(AuditHash.GENESIS).matches("0{64}");
    }

    @Test
    void doesNotDependOnTheStoredHashItself() {
        assertThat(AuditHash.of(copy(RECORD, 10, "f".repeat(64)))).isEqualTo(AuditHash.of(RECORD));
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                Arguments.of("seq", change(0, 43L)),
                Arguments.of("time", change(1, Instant.parse("2025-03-01T02:00:00.124Z"))),
                Arguments.of("actor", change(2, "admim")),
                Arguments.of("action", change(3, "ACCOUNT_DISABLED")),
                Arguments.of("outcome", change(4, "FAILURE")),
                Arguments.of("target", change(5, "account:8")),
                Arguments.of("division", change(6, "152222000000")),
                Arguments.of("ip", change(7, "10.0.0.9")),
                Arguments.of("detail", change(8, "role=ADMIN")),
                Arguments.of("prevHash", change(9, "ab".repeat(31) + "ac")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void changesWhenAnySingleFieldChanges(String field, UnaryOperator<AuditRecord> change) {
        assertThat(AuditHash.of(change.apply(RECORD))).isNotEqualTo(AuditHash.of(RECORD));
    }

    static Stream<Arguments> nullableFields() {
        return Stream.of(Arguments.of("actor", 2), Arguments.of("target", 5), Arguments.of("division", 6),
                Arguments.of("ip", 7), Arguments.of("detail", 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullableFields")
    void distinguishesAMissingValueFromAnEmptyOne(String field, int index) {
        String absent = AuditHash.of(change(index, null).apply(RECORD));
        String empty = AuditHash.of(change(index, "").apply(RECORD));

        assertThat(absent).isNotEqualTo(empty);
    }

    @Test
    void sm3OfAbcIsTheStandardTestVector() {
        // GB/T 32905-2016, example 1
        assertThat(Sm3.hex("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3OfTheSixtyFourByteMessageIsTheStandardTestVector() {
        // GB/T 32905-2016, example 2: "abcd" sixteen times
        assertThat(Sm3.hex("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    /** A copy of the record with the field at {@code index} (in declaration order) replaced. */
    private static UnaryOperator<AuditRecord> change(int index, Object value) {
        return r -> copy(r, index, value);
    }

    private static AuditRecord copy(AuditRecord r, int index, Object v) {
        return new AuditRecord(
                index == 0 ? (Long) v : r.seq(),
                index == 1 ? (Instant) v : r.occurredAt(),
                index == 2 ? (String) v : r.actor(),
                index == 3 ? (String) v : r.action(),
                index == 4 ? (String) v : r.outcome(),
                index == 5 ? (String) v : r.target(),
                index == 6 ? (String) v : r.divisionCode(),
                index == 7 ? (String) v : r.clientIp(),
                index == 8 ? (String) v : r.detail(),
                index == 9 ? (String) v : r.prevHash(),
                index == 10 ? (String) v : r.hash());
    }
}
