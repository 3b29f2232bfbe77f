package org.yiyang.elder;

import java.time.Instant;

/** That an elder's home position is on file, when and how it was set; deliberately without the coordinates. */
public record HomeLocationOnFile(Instant setAt, HomeLocationSource source) {
}
