package org.yiyang.elder;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid ID numbers that no other test uses: one address code per generator, birth dates from a random day of
 * 1930–1944 (so that a second run against a kept database meets other numbers), 999 numbers per birth date.
 */
public final class UniqueIdNumbers {

    private final String addressCode;
    private final LocalDate firstBirthDate;
    private int next;

    public UniqueIdNumbers(String addressCode) {
        this.addressCode = addressCode;
        this.firstBirthDate = LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15 * 365));
    }

    public String next() {
        int i = next++;
        LocalDate born = firstBirthDate.plusDays(i / 999);
        return ImportFiles.idNumber(addressCode, born.getYear(), born.getMonthValue(), born.getDayOfMonth(), 1 + i % 999);
    }
}
