package org.yiyang.elder.internal;

import java.io.Closeable;
import java.util.Iterator;

/** The rows of one sheet of an import file, read as they are needed; close to release the file. */
interface SheetRows extends Iterator<SheetRow>, Closeable {
}
