package org.yiyang.elder;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.yiyang.shared.IdNumber;

/** Valid, unique ID numbers and drafts for registry tests. */
public final class TestElders {

    public static final String HINGGAN_VILLAGE = "152221100001";
    public static final String HULUNBUIR_VILLAGE = "150702001001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));

    private TestElders() {
    }

    /** A valid ID number of someone born in {@code year}, unique within the test run. */
    public static String idNumber(String addressCode, int year) {
        int n = SEQUENCE.incrementAndGet();
        String first17 = addressCode + year + String.format("%02d%02d", 1 + n % 12, 1 + n % 28)
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static ElderDraft draft(String name, String idNumber, String village) {
        return new ElderDraft(name, idNumber, "13912345678", "科尔沁镇幸福路 8 号", village, null,
                LivingSituation.ALONE, true, false, Set.of(SpecialCategory.MINIMUM_LIVING), null, "高血压");
    }
}
