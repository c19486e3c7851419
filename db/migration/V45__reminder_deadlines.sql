-- Deadlines that lapse (a last day to give notice cannot be met late): what missing one means,
-- written by the source, and the last due date that passed unmet with what it meant then.
ALTER TABLE obligation ADD COLUMN if_missed VARCHAR(500);
ALTER TABLE obligation ADD COLUMN missed_due_date DATE;
ALTER TABLE obligation ADD COLUMN missed_note VARCHAR(500);

-- A missed deadline is announced once, as its own kind of reminder.
ALTER TABLE reminder DROP CONSTRAINT reminder_occasion_check;
ALTER TABLE reminder ADD CONSTRAINT reminder_occasion_check
    CHECK (occasion IN ('BEFORE', 'OVERDUE', 'ESCALATION', 'MISSED'));

-- Signed e-mail links already used to snooze: a link snoozes once. Rows can go once the link
-- has expired (it no longer verifies anyway).
CREATE TABLE action_link_use (
    link_id       VARCHAR(64)  PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    obligation_id BIGINT       NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    expires_on    DATE         NOT NULL,
    used_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX action_link_use_expiry_idx ON action_link_use (expires_on);
