package org.yiyang.elder.internal;

/** Where an import job stands. Only {@link #QUEUED} and {@link #RUNNING} change further. */
public enum ImportJobStatus {
    QUEUED,       // waiting for a worker
    RUNNING,
    DONE,         // every row processed; some may have failed, see the error report
    FAILED,       // stopped by an error; the batches before it are imported
    INTERRUPTED;  // the application stopped while the job was queued or running

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }

    public String messageKey() {
        return "elderimport.status." + name();
    }
}
