-- Findings: gaps found in a vendor (by an assessment answer, a vendor audit, or by hand), each tracked
-- until it is remediated or its risk is accepted for a limited time.

CREATE TABLE finding (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id            BIGINT        NOT NULL REFERENCES vendor (id),
    source               VARCHAR(20)   NOT NULL CHECK (source IN ('ASSESSMENT', 'VENDOR_AUDIT', 'MANUAL')),
    assessment_id        BIGINT,
    question_code        VARCHAR(40),
    vendor_audit_id      BIGINT,
    severity             VARCHAR(10)   NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    title                VARCHAR(300)  NOT NULL,
    description          VARCHAR(4000),
    vendor_contact       VARCHAR(300),
    owner_id             BIGINT,
    opened_on            DATE          NOT NULL,
    due_on               DATE          NOT NULL,
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'REMEDIATED', 'RISK_ACCEPTED')),
    remediated_on        DATE,
    remediation_note     VARCHAR(4000),
    acceptance_justification VARCHAR(4000),
    accepted_by          VARCHAR(254),
    accepted_on          DATE,
    acceptance_expires_on DATE,
    cycle                INTEGER       NOT NULL DEFAULT 0,
    -- the list's "most severe first" order, kept by the database
    severity_rank        SMALLINT GENERATED ALWAYS AS (CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1
                             WHEN 'MEDIUM' THEN 2 ELSE 3 END) STORED,
    created_at           TIMESTAMPTZ   NOT NULL,
    created_by           VARCHAR(254)  NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    updated_by           VARCHAR(254)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CHECK ((source = 'ASSESSMENT') = (assessment_id IS NOT NULL AND question_code IS NOT NULL)),
    CHECK ((source = 'VENDOR_AUDIT') = (vendor_audit_id IS NOT NULL)),
    CHECK (status <> 'REMEDIATED' OR remediated_on IS NOT NULL),
    CHECK (status <> 'RISK_ACCEPTED' OR (acceptance_justification IS NOT NULL AND acceptance_expires_on IS NOT NULL))
);

-- one finding per question of an assessment (the listener of completed assessments is idempotent on it)
CREATE UNIQUE INDEX finding_assessment_question ON finding (assessment_id, question_code) WHERE assessment_id IS NOT NULL;
-- the vendor's findings (vendor page section, the list filtered by vendor)
CREATE INDEX finding_vendor ON finding (vendor_id, status, due_on, id);
-- the list in due order, the findings not closed for good first (open and accepted)
CREATE INDEX finding_due ON finding (due_on, id);
CREATE INDEX finding_open_due ON finding (due_on, id) WHERE status <> 'REMEDIATED';
-- by severity then due
CREATE INDEX finding_severity_due ON finding (severity_rank, due_on, id);
-- by owner
CREATE INDEX finding_owner ON finding (owner_id, due_on, id) WHERE owner_id IS NOT NULL;
-- acceptances running out (the obligations' calendar)
CREATE INDEX finding_acceptance_expires ON finding (acceptance_expires_on) WHERE status = 'RISK_ACCEPTED';
-- the findings of an audit (the audit's link)
CREATE INDEX finding_vendor_audit ON finding (vendor_audit_id) WHERE vendor_audit_id IS NOT NULL;

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('FINDING_REMEDIATION_DUE', '30,14,7,0', TRUE, 'SECURITY_OFFICER', 7, 14, 'ADMIN',
        now(), 'system', now(), 'system'),
       ('FINDING_ACCEPTANCE_EXPIRES', '30,7,0', FALSE, 'SECURITY_OFFICER', 0, 0, '',
        now(), 'system', now(), 'system')
ON CONFLICT (kind) DO NOTHING;
