package org.yiyang.elder.internal;

/**
 * Why one row was not imported: its row number in the file (the header row is 1 when it is the first row), the
 * column as the file names it, and a message key with an optional argument. Holds no personal data.
 */
public record ImportProblem(int row, String column, String messageKey, String argument) {
}
