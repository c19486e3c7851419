-- Obligations: everything that comes due, materialised from the modules' ObligationSources
-- (DESIGN.md §4). next_reminder_on is the day the reminder engine next looks at a row, so the
-- daily sweep reads only the rows that are due (DESIGN.md §10).
CREATE TABLE obligation (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    obligation_key   VARCHAR(200) NOT NULL,
    kind             VARCHAR(64)  NOT NULL,
    due_date         DATE         NOT NULL,
    vendor_id        BIGINT       NOT NULL,
    subject_type     VARCHAR(64)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    title            VARCHAR(300) NOT NULL,
    link             VARCHAR(500) NOT NULL,
    owner_user_id    BIGINT,
    done             BOOLEAN      NOT NULL DEFAULT FALSE,
    facts            JSONB        NOT NULL DEFAULT '[]'::jsonb,
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  VARCHAR(254),
    snoozed_until    DATE,
    next_reminder_on DATE,
    created_at       TIMESTAMPTZ  NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    updated_by       VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX obligation_key_uk ON obligation (obligation_key);
CREATE INDEX obligation_next_reminder_idx ON obligation (next_reminder_on, id) WHERE next_reminder_on IS NOT NULL;
CREATE INDEX obligation_due_idx ON obligation (due_date, id);
CREATE INDEX obligation_owner_due_idx ON obligation (owner_user_id, due_date, id);
CREATE INDEX obligation_vendor_due_idx ON obligation (vendor_id, due_date, id);
CREATE INDEX obligation_subject_idx ON obligation (subject_type, subject_id);
