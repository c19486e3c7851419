-- The day each obligation source was last reconciled by the daily run. The next run re-reads only the
-- subjects whose open obligations came due since that day (a due date passed once is not re-read every
-- day after); with no row, or after the clock went back, it re-reads every subject with an open
-- obligation due before the run's day, as before.
CREATE TABLE obligation_reconciliation (
    subject_type       VARCHAR(64) PRIMARY KEY,
    reconciled_through DATE        NOT NULL
);
