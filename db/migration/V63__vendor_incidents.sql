-- Vendor incidents, the states of residence of the people affected, and the state rules that shorten
-- HIPAA's 60-day notice to individuals. Our notification deadlines are obligations (reminder rules below).

-- State laws with a deadline shorter than the 60 days of 164.404, as data. Every row needs a lawyer's
-- review before anyone relies on it: many state laws exempt HIPAA-covered entities or count from another
-- day, and they change.
CREATE TABLE breach_state_rule (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state_code         VARCHAR(2)    NOT NULL,
    window_value       INTEGER       NOT NULL CHECK (window_value > 0),
    window_unit        VARCHAR(20)   NOT NULL CHECK (window_unit IN ('CALENDAR_DAYS', 'BUSINESS_DAYS')),
    min_residents      INTEGER       NOT NULL DEFAULT 1 CHECK (min_residents >= 1),
    citation           VARCHAR(200)  NOT NULL,
    scope              VARCHAR(500)  NOT NULL,
    needs_legal_review BOOLEAN       NOT NULL DEFAULT TRUE
);
CREATE INDEX breach_state_rule_state ON breach_state_rule (state_code);

INSERT INTO breach_state_rule (state_code, window_value, window_unit, min_residents, citation, scope)
VALUES ('CO', 30, 'CALENDAR_DAYS', 1, 'C.R.S. 6-1-716(2)', 'Notice to affected Colorado residents'),
       ('FL', 30, 'CALENDAR_DAYS', 1, 'Fla. Stat. 501.171(4)', 'Notice to affected Florida residents'),
       ('CA', 15, 'BUSINESS_DAYS', 1, 'Cal. Health & Safety Code 1280.15(b)',
        'California licensed clinics and health facilities: notice to the patient and the Department of Public Health'),
       ('WA', 30, 'CALENDAR_DAYS', 1, 'RCW 19.255.010(8)', 'Notice to affected Washington residents'),
       ('ME', 30, 'CALENDAR_DAYS', 1, '10 M.R.S. 1348(1)', 'Notice to affected Maine residents'),
       ('VT', 45, 'CALENDAR_DAYS', 1, '9 V.S.A. 2435(b)(1)', 'Notice to affected Vermont residents'),
       ('RI', 45, 'CALENDAR_DAYS', 1, 'R.I. Gen. Laws 11-49.3-4(a)(2)', 'Notice to affected Rhode Island residents'),
       ('TN', 45, 'CALENDAR_DAYS', 1, 'Tenn. Code 47-18-2107(b)', 'Notice to affected Tennessee residents'),
       ('NM', 45, 'CALENDAR_DAYS', 1, 'N.M. Stat. 57-12C-6', 'Notice to affected New Mexico residents');

CREATE TABLE vendor_incident (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id               BIGINT        NOT NULL REFERENCES vendor (id),
    vendor_name             VARCHAR(200)  NOT NULL,
    kind                    VARCHAR(30)   NOT NULL
        CHECK (kind IN ('SECURITY_INCIDENT', 'BREACH_OF_UNSECURED_PHI', 'AI_MODEL_FAILURE', 'AVAILABILITY')),
    status                  VARCHAR(20)   NOT NULL CHECK (status IN ('OPEN', 'CONTAINED', 'CLOSED')),
    occurred_on             DATE,
    vendor_discovered_on    DATE          NOT NULL,
    reported_on             DATE          NOT NULL,
    our_discovery_on        DATE          NOT NULL,
    phi_involved            BOOLEAN       NOT NULL,
    individuals_affected    INTEGER CHECK (individuals_affected >= 0),
    individuals_estimated   BOOLEAN       NOT NULL DEFAULT FALSE,
    description             VARCHAR(4000) NOT NULL,
    notes                   VARCHAR(4000),
    -- the four factors of 164.402(2) and the conclusion
    risk_nature             VARCHAR(1000),
    risk_recipient          VARCHAR(1000),
    risk_acquired           VARCHAR(1000),
    risk_mitigation         VARCHAR(1000),
    risk_conclusion         VARCHAR(20)   NOT NULL DEFAULT 'BREACH_PRESUMED'
        CHECK (risk_conclusion IN ('BREACH_PRESUMED', 'LOW_PROBABILITY')),
    risk_assessed_on        DATE,
    risk_assessed_by        VARCHAR(254),
    -- the vendor's commitment when the incident was last saved: the BAA it came from (none: 164.410's 60 days)
    commitment_agreement_id BIGINT,
    commitment_value        INTEGER       NOT NULL,
    commitment_unit         VARCHAR(20)   NOT NULL CHECK (commitment_unit IN ('HOURS', 'CALENDAR_DAYS', 'BUSINESS_DAYS')),
    -- notice we gave
    individuals_notified_on DATE,
    hhs_notified_on         DATE,
    media_notified_on       DATE,
    -- derived on every save (BreachClocks): the vendor's SLA and our next deadline without notice recorded
    sla_applies             BOOLEAN       NOT NULL,
    sla_last_day            DATE          NOT NULL,
    sla_days_late           INTEGER       NOT NULL,
    next_deadline           DATE,
    created_at              TIMESTAMPTZ   NOT NULL,
    created_by              VARCHAR(254)  NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    updated_by              VARCHAR(254)  NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0
);

-- a vendor's incidents, newest first (vendor page)
CREATE INDEX vendor_incident_vendor ON vendor_incident (vendor_id, reported_on DESC, id DESC);
-- the list, soonest next deadline first (incidents without one last); the "deadlines within" filter
CREATE INDEX vendor_incident_next ON vendor_incident (next_deadline NULLS LAST, reported_on DESC, id DESC);
-- the "open" and "SLA missed" filters
CREATE INDEX vendor_incident_open ON vendor_incident (next_deadline NULLS LAST, reported_on DESC, id DESC)
    WHERE status <> 'CLOSED';
CREATE INDEX vendor_incident_sla_missed ON vendor_incident (next_deadline NULLS LAST, reported_on DESC, id DESC)
    WHERE sla_applies AND sla_days_late > 0;
-- the daily obligation run: incidents with a deadline still owed
CREATE INDEX vendor_incident_owed ON vendor_incident (next_deadline) WHERE next_deadline IS NOT NULL;

CREATE TABLE vendor_incident_state (
    incident_id BIGINT   NOT NULL REFERENCES vendor_incident (id) ON DELETE CASCADE,
    state_code  VARCHAR(2) NOT NULL,
    residents   INTEGER  NOT NULL CHECK (residents >= 0),
    notified_on DATE,
    PRIMARY KEY (incident_id, state_code)
);

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('BREACH_NOTICE_INDIVIDUALS', '30,14,7,3,1,0', FALSE, 'LEGAL', 1, 1, 'SECURITY_OFFICER,ADMIN',
        now(), 'system', now(), 'system'),
       ('BREACH_NOTICE_HHS', '30,14,7,3,1,0', FALSE, 'LEGAL', 1, 1, 'SECURITY_OFFICER,ADMIN',
        now(), 'system', now(), 'system'),
       ('BREACH_NOTICE_MEDIA', '30,14,7,3,1,0', FALSE, 'LEGAL', 1, 1, 'SECURITY_OFFICER,ADMIN',
        now(), 'system', now(), 'system'),
       ('BREACH_NOTICE_STATE', '30,14,7,3,1,0', FALSE, 'LEGAL', 1, 1, 'SECURITY_OFFICER,ADMIN',
        now(), 'system', now(), 'system')
ON CONFLICT (kind) DO NOTHING;
