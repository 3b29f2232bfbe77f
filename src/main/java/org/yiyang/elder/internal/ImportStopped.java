package org.yiyang.elder.internal;

/**
 * An import stopped part-way by an error (a database failure, a shutdown). The batches committed before it are
 * imported, whole; {@link #partial()} counts them. Importing the same rows again finishes the rest.
 */
public class ImportStopped extends RuntimeException {

    private final transient ImportResult partial;

    ImportStopped(ImportResult partial, RuntimeException cause) {
        super("Import stopped after " + partial.counts().processed() + " rows", cause);
        this.partial = partial;
    }

    public ImportResult partial() {
        return partial;
    }
}
