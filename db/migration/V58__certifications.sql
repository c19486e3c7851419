-- Certifications and attestations of vendors (SOC 2, HITRUST, ISO, FedRAMP, HIPAA assessments,
-- penetration tests), what the application derives from them, and their reminder rules.

CREATE TABLE certification (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id             BIGINT       NOT NULL REFERENCES vendor (id),
    type                  VARCHAR(30)  NOT NULL,
    issuer                VARCHAR(200) NOT NULL,
    scope                 VARCHAR(2000),
    covers_service        VARCHAR(10)  NOT NULL,
    report_date           DATE         NOT NULL,
    period_start          DATE,
    period_end            DATE,
    bridge_letter_until   DATE,
    interim_submitted_on  DATE,
    surveillance1_done_on DATE,
    surveillance2_done_on DATE,
    exceptions_noted      BOOLEAN      NOT NULL DEFAULT FALSE,
    exceptions_summary    VARCHAR(2000),
    explicit_expiry       DATE,
    verified_by           VARCHAR(254),
    verified_at           TIMESTAMPTZ,
    created_at            TIMESTAMPTZ  NOT NULL,
    created_by            VARCHAR(254) NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    updated_by            VARCHAR(254) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX certification_vendor ON certification (vendor_id, type, report_date);

-- Derived: one row a certification, its schedule as CertificationValidity computes it (dates only: the
-- state on a day follows from them, so the calendar changes nothing stored), the vendor's name and PHI
-- access denormalised for the list, and the newer certification of the same type that renewed it.
CREATE TABLE certification_state (
    certification_id  BIGINT PRIMARY KEY,
    vendor_id         BIGINT       NOT NULL,
    vendor_name       VARCHAR(200) NOT NULL,
    type              VARCHAR(30)  NOT NULL,
    report_date       DATE         NOT NULL,
    valid_until       DATE         NOT NULL,
    lapses_on         DATE         NOT NULL,
    lapse             VARCHAR(10)  NOT NULL,
    expiring_from     DATE         NOT NULL,
    bridged_from      DATE,
    interim_due_on    DATE,
    surveillance_due_on DATE,
    rule_key          VARCHAR(80)  NOT NULL,
    rule_dates        VARCHAR(80)  NOT NULL,
    renewed_by        BIGINT
);

-- the vendor page and the per-vendor replace
CREATE INDEX certification_state_vendor ON certification_state (vendor_id);
-- the list of current (not renewed) certifications by soonest lapse, filtered by type or state through ranges
CREATE INDEX certification_state_list ON certification_state (lapses_on, lower(vendor_name), certification_id)
    WHERE renewed_by IS NULL;
CREATE INDEX certification_state_type ON certification_state (type, lapses_on) WHERE renewed_by IS NULL;
CREATE INDEX certification_state_expiring ON certification_state (expiring_from) WHERE renewed_by IS NULL;

-- Derived: one row a vendor, its best current assurance as computed on computed_on (a change of the
-- best one with the calendar alone happens on recheck_on, when the nightly step recomputes it), and
-- assured_until, the last day any not-renewed third-party assurance counts (null: none ever).
CREATE TABLE vendor_assurance (
    vendor_id           BIGINT PRIMARY KEY,
    vendor_name         VARCHAR(200) NOT NULL,
    phi_in_service      BOOLEAN      NOT NULL,
    best_certification_id BIGINT,
    assured_until       DATE,
    recheck_on          DATE,
    computed_on         DATE         NOT NULL
);

-- "missing for PHI vendors": PHI vendors in service whose assurance ended or never existed, by name
CREATE INDEX vendor_assurance_missing ON vendor_assurance (lower(vendor_name), vendor_id) WHERE phi_in_service;
CREATE INDEX vendor_assurance_recheck ON vendor_assurance (recheck_on) WHERE recheck_on IS NOT NULL;

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('CERTIFICATION_LAPSE', '90,60,30,7', TRUE, 'SECURITY_OFFICER', 7, 7, 'ADMIN',
        now(), 'system', now(), 'system'),
       ('CERTIFICATION_INTERIM_DUE', '90,60,30,7', TRUE, 'SECURITY_OFFICER', 7, 7, 'ADMIN',
        now(), 'system', now(), 'system'),
       ('CERTIFICATION_SURVEILLANCE_DUE', '90,60,30,7', TRUE, 'SECURITY_OFFICER', 7, 7, 'ADMIN',
        now(), 'system', now(), 'system');
