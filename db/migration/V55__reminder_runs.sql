-- "Run reminders now": each request is a run record that a one-time db-scheduler task carries out.
-- At most one run is queued or running at a time, across instances (partial unique index).
CREATE TABLE reminder_run (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state               VARCHAR(16)  NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'FINISHED', 'FAILED')),
    run_day             DATE,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    obligations_changed INT,
    obligations_looked_at INT,
    reminders_created   INT,
    emails_queued       INT,
    error_reference     VARCHAR(64),
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(254) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(254) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reminder_run_active_uk ON reminder_run ((TRUE)) WHERE state IN ('QUEUED', 'RUNNING');
