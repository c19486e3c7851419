-- Risk scores (risk module): the current computed score per vendor, its history and the security
-- officers' decisions on tiers. Derived state (docs/derived-state.md): recomputed per vendor before the
-- commit of any change of its inputs and by the hourly job when recheck_on has come.

CREATE TABLE vendor_risk (
    vendor_id               BIGINT       PRIMARY KEY REFERENCES vendor (id) ON DELETE CASCADE,
    vendor_name             VARCHAR(200) NOT NULL,
    inherent                SMALLINT     NOT NULL CHECK (inherent BETWEEN 0 AND 100),
    effectiveness           NUMERIC(3,2) NOT NULL CHECK (effectiveness BETWEEN 0 AND 1),
    residual                SMALLINT     NOT NULL CHECK (residual BETWEEN 0 AND 100),
    computed_tier           VARCHAR(10)  NOT NULL CHECK (computed_tier IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    gated                   BOOLEAN      NOT NULL,
    effective_tier          VARCHAR(10)  NOT NULL CHECK (effective_tier IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    -- 0 LOW .. 3 CRITICAL, for "most severe first"
    effective_rank          SMALLINT     NOT NULL,
    factors                 JSONB        NOT NULL,
    model_version           VARCHAR(20)  NOT NULL,
    inputs_digest           VARCHAR(64)  NOT NULL,
    computed_on             DATE         NOT NULL,
    recheck_on              DATE,
    -- the day the score (residual or computed tier) last changed
    changed_on              DATE         NOT NULL,
    -- the computed tier the last decision was about (the first computed tier until a decision)
    baseline_tier           VARCHAR(10)  NOT NULL,
    -- the current (not stale) override, with the score it was decided on and until when it holds
    override_tier           VARCHAR(10),
    override_basis_tier     VARCHAR(10),
    override_basis_residual SMALLINT,
    review_due              DATE,
    reviewed_on             DATE,
    -- awaiting a security officer: the computed tier moved away from the baseline, or an override went stale
    awaiting_review         BOOLEAN      NOT NULL DEFAULT FALSE,
    review_reason           VARCHAR(20)  CHECK (review_reason IN ('TIER_INCREASE', 'TIER_DECREASE', 'OVERRIDE_STALE')),
    awaiting_since          DATE,
    CHECK (awaiting_review = (review_reason IS NOT NULL))
);

-- the register: highest residual first
CREATE INDEX vendor_risk_register ON vendor_risk (residual DESC, lower(vendor_name), vendor_id);
CREATE INDEX vendor_risk_tier ON vendor_risk (effective_tier, residual DESC, lower(vendor_name), vendor_id);
CREATE INDEX vendor_risk_changed ON vendor_risk (changed_on, residual DESC);
-- the queue and its navigation badge
CREATE INDEX vendor_risk_awaiting ON vendor_risk (awaiting_since, vendor_id) WHERE awaiting_review;
CREATE INDEX vendor_risk_recheck ON vendor_risk (recheck_on) WHERE recheck_on IS NOT NULL;

-- a vendor's history: written only when the score changed
CREATE TABLE risk_snapshot (
    id              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id       BIGINT       NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
    computed_at     TIMESTAMPTZ  NOT NULL,
    computed_on     DATE         NOT NULL,
    model_version   VARCHAR(20)  NOT NULL,
    inherent        SMALLINT     NOT NULL,
    effectiveness   NUMERIC(3,2) NOT NULL,
    residual        SMALLINT     NOT NULL,
    tier            VARCHAR(10)  NOT NULL,
    inputs_digest   VARCHAR(64)  NOT NULL,
    factors         JSONB        NOT NULL
);

CREATE INDEX risk_snapshot_vendor ON risk_snapshot (vendor_id, computed_at DESC, id DESC);

-- the security officers' decisions
CREATE TABLE risk_review (
    id                BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id         BIGINT        NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
    decision          VARCHAR(10)   NOT NULL CHECK (decision IN ('ACCEPT', 'OVERRIDE')),
    computed_tier     VARCHAR(10)   NOT NULL,
    computed_residual SMALLINT      NOT NULL,
    tier              VARCHAR(10)   NOT NULL CHECK (tier IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    justification     VARCHAR(2000),
    reviewer          VARCHAR(254)  NOT NULL,
    reviewed_at       TIMESTAMPTZ   NOT NULL,
    review_due        DATE          NOT NULL,
    stale             BOOLEAN       NOT NULL DEFAULT FALSE,
    stale_reason      VARCHAR(20)   CHECK (stale_reason IN ('TIER_CHANGED', 'SCORE_MOVED', 'CADENCE')),
    stale_on          DATE,
    CHECK (decision <> 'OVERRIDE' OR justification IS NOT NULL),
    CHECK (stale = (stale_reason IS NOT NULL))
);

CREATE INDEX risk_review_vendor ON risk_review (vendor_id, reviewed_at DESC, id DESC);

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('RISK_REVIEW_DUE', '7,1,0', FALSE, 'SECURITY_OFFICER', 7, 14, 'ADMIN', now(), 'system', now(), 'system')
ON CONFLICT (kind) DO NOTHING;
