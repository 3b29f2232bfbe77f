package org.yiyang.benefit;

/**
 * The answer to a generation: the file ({@code null} when there was nothing to file), whether this call created it
 * (false: the open file generated before), and how many allowances stay due because the elder has no bank account.
 */
public record FileGeneration(PaymentFile file, boolean created, long withoutPayee) {
}
