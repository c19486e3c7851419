-- Incident-response commitments, one row a vendor: what the vendor promises to do when something goes
-- wrong (beyond the BAA's breach-notice window, which stays on the agreement), when its IR plan was last
-- reviewed and exercised, and the yearly written verification of its safeguards. The vendor's name, PHI
-- access and service status are copied here (kept in step by the incidents module) so the yearly
-- obligations are read from this table alone; a PHI vendor in service gets its row when it enters
-- service, so it owes its first verification even before anyone fills the commitments in.
CREATE TABLE ir_commitment (
    vendor_id                   BIGINT PRIMARY KEY REFERENCES vendor (id),
    vendor_name                 VARCHAR(200)  NOT NULL,
    handles_phi                 BOOLEAN       NOT NULL,
    in_service                  BOOLEAN       NOT NULL,
    in_service_since            DATE,
    owner_id                    BIGINT,
    -- null until someone saves the form
    recorded_on                 DATE,
    incident_window_value       INTEGER CHECK (incident_window_value > 0),
    incident_window_unit        VARCHAR(20) CHECK (incident_window_unit IN ('HOURS', 'CALENDAR_DAYS', 'BUSINESS_DAYS')),
    contingency_notice_hours    INTEGER CHECK (contingency_notice_hours > 0),
    contact_name                VARCHAR(200),
    contact_email               VARCHAR(254),
    contact_phone               VARCHAR(50),
    contact_around_the_clock    BOOLEAN       NOT NULL DEFAULT FALSE,
    cooperates                  BOOLEAN       NOT NULL DEFAULT FALSE,
    forensic_access             BOOLEAN       NOT NULL DEFAULT FALSE,
    cyber_insured               BOOLEAN       NOT NULL DEFAULT FALSE,
    cyber_coverage              VARCHAR(500),
    plan_reviewed_on            DATE,
    tabletop_on                 DATE,
    verification_received_on    DATE,
    verification_officer        VARCHAR(200),
    verification_officer_title  VARCHAR(200),
    updated_at                  TIMESTAMPTZ   NOT NULL,
    updated_by                  VARCHAR(254)  NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CHECK ((incident_window_value IS NULL) = (incident_window_unit IS NULL))
);

-- the daily obligation run and its per-vendor refresh read the vendors that owe something
CREATE INDEX ir_commitment_owing ON ir_commitment (vendor_id) WHERE handles_phi AND in_service;

-- every PHI vendor in service today: in service since it was registered (the best day known)
INSERT INTO ir_commitment (vendor_id, vendor_name, handles_phi, in_service, in_service_since, owner_id, updated_at,
                           updated_by)
SELECT id, name, TRUE, TRUE, created_at::date, business_owner_id, now(), 'system'
FROM vendor
WHERE phi_access IN ('PHI', 'LIMITED_DATA_SET') AND status IN ('ONBOARDING', 'ACTIVE');

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('IR_PLAN_REVIEW_DUE', '30,7', TRUE, 'SECURITY_OFFICER', 7, 30, 'ADMIN',
        now(), 'system', now(), 'system'),
       ('IR_TABLETOP_DUE', '30,7', TRUE, 'SECURITY_OFFICER', 7, 30, 'ADMIN',
        now(), 'system', now(), 'system'),
       ('BA_VERIFICATION_DUE', '60,30,7', TRUE, 'SECURITY_OFFICER,LEGAL', 7, 14, 'ADMIN',
        now(), 'system', now(), 'system')
ON CONFLICT (kind) DO NOTHING;
