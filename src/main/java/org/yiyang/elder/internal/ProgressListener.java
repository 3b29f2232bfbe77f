package org.yiyang.elder.internal;

/** Told after every batch of an import how far it has come; called on the importing thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = counts -> { };

    void progress(ImportCounts counts);
}
