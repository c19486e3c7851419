-- Second factor for sign-in: an authenticator app (TOTP) per user and one-time recovery codes.
-- The unused column from the frame gives way to a table of its own.

ALTER TABLE app_user DROP COLUMN mfa_secret;

CREATE TABLE mfa_totp (
    user_id        BIGINT       PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    -- Base32 secret shared with the authenticator app; never shown again after enrolment.
    secret         VARCHAR(64)  NOT NULL,
    -- The last time step whose code was accepted: a code of that step or an earlier one is refused.
    last_used_step BIGINT       NOT NULL,
    enrolled_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE mfa_recovery_code (
    id         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  CHAR(64)    NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX mfa_recovery_code_user_idx ON mfa_recovery_code (user_id);
