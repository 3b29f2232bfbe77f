package org.yiyang.benefit;

/** The CSV handed to the bank (UTF-8 with a byte order mark, so that Excel reads the Chinese names). */
public record BankFile(String fileName, byte[] content) {
}
