-- Reminder rules, delivery settings, reminders (one per obligation occasion and recipient), the
-- e-mail outbox and calendar feed tokens (DESIGN.md §3, §6).
CREATE TABLE reminder_rule (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                VARCHAR(64)  NOT NULL,
    offsets             VARCHAR(200) NOT NULL,
    notify_owner        BOOLEAN      NOT NULL,
    recipient_roles     VARCHAR(200) NOT NULL DEFAULT '',
    overdue_repeat_days INT          NOT NULL,
    escalate_after_days INT          NOT NULL,
    escalation_roles    VARCHAR(200) NOT NULL DEFAULT '',
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(254) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(254) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reminder_rule_kind_uk ON reminder_rule (kind);
INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('AGREEMENT_NOTICE_DEADLINE', '120,90,60,30,14,7,1,0', TRUE, '', 7, 7, 'SECURITY_OFFICER,ADMIN',
        now(), 'system', now(), 'system'),
       ('AGREEMENT_TERM_END', '90,60,30,7,0', TRUE, '', 7, 7, 'SECURITY_OFFICER,ADMIN',
        now(), 'system', now(), 'system');

-- One row: the organisation's time zone, the hour reminders go out, the secret that signs e-mail
-- links, and the last day the daily run completed.
CREATE TABLE notification_settings (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    time_zone   VARCHAR(64)  NOT NULL,
    send_hour   INT          NOT NULL CHECK (send_hour BETWEEN 0 AND 23),
    link_secret VARCHAR(100),
    last_run_on DATE,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(254) NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(254) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO notification_settings (time_zone, send_hour, created_at, created_by, updated_at, updated_by)
VALUES ('America/New_York', 8, now(), 'system', now(), 'system');

-- One reminder per (obligation, due date, occasion, recipient): the dedup key makes the engine
-- idempotent across re-runs, restarts and instances.
CREATE TABLE reminder (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedup_key         VARCHAR(400) NOT NULL,
    obligation_id     BIGINT       NOT NULL REFERENCES obligation (id) ON DELETE CASCADE,
    recipient_user_id BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    occasion          VARCHAR(16)  NOT NULL CHECK (occasion IN ('BEFORE', 'OVERDUE', 'ESCALATION')),
    step              INT          NOT NULL,
    due_date          DATE         NOT NULL,
    reminded_on       DATE         NOT NULL,
    notification_id   BIGINT,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(254) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    updated_by        VARCHAR(254) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reminder_dedup_uk ON reminder (dedup_key);
CREATE INDEX reminder_unassigned_idx ON reminder (recipient_user_id, id) WHERE notification_id IS NULL;
CREATE INDEX reminder_obligation_idx ON reminder (obligation_id, id);

-- The outbox.
CREATE TABLE notification (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedup_key         VARCHAR(400) NOT NULL,
    recipient_user_id BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    recipient_email   VARCHAR(254) NOT NULL,
    subject           VARCHAR(500) NOT NULL,
    html_body         TEXT         NOT NULL,
    text_body         TEXT         NOT NULL,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    last_error        VARCHAR(500),
    sent_at           TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(254) NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    updated_by        VARCHAR(254) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX notification_dedup_uk ON notification (dedup_key);
CREATE INDEX notification_pending_idx ON notification (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX notification_created_idx ON notification (created_at DESC, id DESC);
CREATE INDEX notification_status_created_idx ON notification (status, created_at DESC, id DESC);

-- Secret iCalendar feed URLs, one per user.
CREATE TABLE calendar_feed (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token      VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    updated_by VARCHAR(254) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX calendar_feed_user_uk ON calendar_feed (user_id);
CREATE UNIQUE INDEX calendar_feed_token_uk ON calendar_feed (token);
