package org.yiyang.elder.internal;

import java.util.Arrays;

import org.yiyang.shared.IdNumber;

/**
 * The ID numbers an import has already met, with the row each first appeared in, to report repeated rows. Kept
 * as the first 17 digits in a primitive open-addressing table (the 18th character follows from them), so that
 * five million rows take about 100 MB rather than the gigabyte boxed strings would.
 */
final class SeenIdNumbers {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] rows;
    private int size;

    SeenIdNumbers() {
        keys = new long[1 << 12];
        rows = new int[keys.length];
        Arrays.fill(keys, EMPTY);
    }

    /** Remembers the number at {@code row}; answers the row it was first seen in, or 0 when it is new. */
    int firstRowOf(IdNumber idNumber, int row) {
        long key = Long.parseLong(idNumber.value().substring(0, 17));
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return rows[slot];
        }
        keys[slot] = key;
        rows[slot] = row;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
        return 0;
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
