-- Audits of vendors that we ran or commissioned (on-site, remote, document review, penetration test),
-- the per-vendor audit cadence, and the stored "next audit due" per vendor (derived state).

CREATE TABLE vendor_audit (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id    BIGINT        NOT NULL REFERENCES vendor (id),
    kind         VARCHAR(30)   NOT NULL
        CHECK (kind IN ('ON_SITE', 'REMOTE', 'DOCUMENT_REVIEW', 'PEN_TEST_COMMISSIONED')),
    performed_on DATE          NOT NULL,
    auditor      VARCHAR(200)  NOT NULL,
    scope        VARCHAR(2000),
    result       VARCHAR(30)   NOT NULL CHECK (result IN ('PASSED', 'PASSED_WITH_FINDINGS', 'FAILED')),
    summary      VARCHAR(4000),
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    updated_by   VARCHAR(254)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);

-- the vendor's audits, latest first (vendor page; the latest one per vendor for the stored state)
CREATE INDEX vendor_audit_vendor ON vendor_audit (vendor_id, performed_on DESC, id DESC);

-- Inputs of the cadence that are not the vendor's own data: an override of the months between audits
-- (with its reason), and the first day the vendor was seen in service (the start of the grace period
-- of a PHI vendor never audited).
CREATE TABLE vendor_audit_cadence (
    vendor_id        BIGINT PRIMARY KEY REFERENCES vendor (id),
    override_months  INTEGER CHECK (override_months BETWEEN 1 AND 120),
    override_reason  VARCHAR(1000),
    in_service_since DATE,
    updated_at       TIMESTAMPTZ  NOT NULL,
    updated_by       VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

-- Derived: one row a vendor, recomputed in the transaction that changed one of its inputs (an audit,
-- the cadence, the vendor's PHI access, status or name) and rebuilt at start-up when empty. The next
-- due date does not move with the calendar (overdue is next_due < today at read time), so there is no
-- recheck day.
CREATE TABLE vendor_audit_state (
    vendor_id       BIGINT PRIMARY KEY,
    vendor_name     VARCHAR(200) NOT NULL,
    phi_access      VARCHAR(30)  NOT NULL,
    owner_id        BIGINT,
    last_audit_id   BIGINT,
    last_audit_on   DATE,
    last_result     VARCHAR(30),
    cadence_months  INTEGER      NOT NULL,
    cadence_source  VARCHAR(30)  NOT NULL,
    next_due        DATE,
    due_basis       VARCHAR(30)  NOT NULL,
    computed_on     DATE         NOT NULL
);

-- the list: vendors with something to show, by next due date (then name); the due filters use the same order
CREATE INDEX vendor_audit_state_due ON vendor_audit_state (next_due, lower(vendor_name), vendor_id)
    WHERE next_due IS NOT NULL OR last_audit_on IS NOT NULL;
-- "never audited" (PHI vendors in service with a due date and no audit)
CREATE INDEX vendor_audit_state_never ON vendor_audit_state (next_due, lower(vendor_name), vendor_id)
    WHERE last_audit_on IS NULL AND next_due IS NOT NULL;
-- by last result
CREATE INDEX vendor_audit_state_result ON vendor_audit_state (last_result, next_due, lower(vendor_name), vendor_id)
    WHERE last_result IS NOT NULL;

-- When vendor_audit_state was last rebuilt in full: none yet means it must be (at start-up). A vendor
-- recomputed on its own (an event before start-up completed, demo data) does not count.
CREATE TABLE vendor_audit_state_rebuild (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    rebuilt_at TIMESTAMPTZ NOT NULL
);

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('VENDOR_AUDIT_DUE', '90,60,30,7', TRUE, 'SECURITY_OFFICER', 7, 14, 'ADMIN',
        now(), 'system', now(), 'system')
ON CONFLICT (kind) DO NOTHING;
