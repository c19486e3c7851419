-- Assessments of vendors against a versioned question bank (security and AI assessments, privacy
-- impact assessments), their answers and scores, the per-vendor reassessment cadence, and the stored
-- "next assessment due" per vendor (derived state).

-- The question bank is data: a new version adds rows under a new bank_version; answers keep the version
-- they were given against, so an older assessment still reads and scores by its own questions and weights.
CREATE TABLE assessment_bank_version (
    version      INTEGER PRIMARY KEY,
    published_on DATE          NOT NULL,
    note         VARCHAR(1000)
);

CREATE TABLE assessment_question (
    bank_version INTEGER       NOT NULL REFERENCES assessment_bank_version (version),
    code         VARCHAR(20)   NOT NULL,
    section      VARCHAR(40)   NOT NULL,
    position     INTEGER       NOT NULL,
    kinds        VARCHAR(100)  NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    help         VARCHAR(2000),
    weight       INTEGER       NOT NULL CHECK (weight BETWEEN 1 AND 10),
    critical     BOOLEAN       NOT NULL DEFAULT FALSE,
    prefill      VARCHAR(40),
    PRIMARY KEY (bank_version, code)
);

CREATE TABLE assessment (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id       BIGINT        NOT NULL REFERENCES vendor (id),
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('INITIAL', 'PERIODIC', 'TRIGGERED', 'PRIVACY_IMPACT')),
    trigger_kind    VARCHAR(30)   CHECK (trigger_kind IN ('INCIDENT', 'NEW_DATA_FLOW', 'NEW_MODEL_VERSION', 'LAPSED_CERTIFICATION')),
    use_case        VARCHAR(300),
    status          VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_PROGRESS', 'COMPLETED', 'SUPERSEDED')),
    bank_version    INTEGER       NOT NULL REFERENCES assessment_bank_version (version),
    assessor_id     BIGINT,
    due_on          DATE          NOT NULL,
    completed_on    DATE,
    score           INTEGER CHECK (score BETWEEN 0 AND 100),
    capped          BOOLEAN       NOT NULL DEFAULT FALSE,
    explanation     VARCHAR(4000),
    previous_id     BIGINT REFERENCES assessment (id),
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CHECK ((kind = 'TRIGGERED') = (trigger_kind IS NOT NULL)),
    CHECK (kind <> 'PRIVACY_IMPACT' OR use_case IS NOT NULL)
);

-- the vendor's assessments, latest first (vendor page, the stored state)
CREATE INDEX assessment_vendor ON assessment (vendor_id, status, completed_on DESC, id DESC);
-- the list, by due date (filters on status and kind use the same order)
CREATE INDEX assessment_due ON assessment (due_on, id);
CREATE INDEX assessment_status_due ON assessment (status, due_on, id);
CREATE INDEX assessment_kind_due ON assessment (kind, due_on, id);

-- Answers: whoever gives them (our assessor, later a vendor contact through a signed link) is recorded as
-- text; the bank version is the one the answer was given against.
CREATE TABLE assessment_answer (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_code VARCHAR(20)   NOT NULL,
    bank_version  INTEGER       NOT NULL,
    answer        VARCHAR(20)   CHECK (answer IN ('YES', 'PARTLY', 'NO', 'NOT_APPLICABLE')),
    note          VARCHAR(2000),
    prefilled     BOOLEAN       NOT NULL DEFAULT FALSE,
    answered_by   VARCHAR(254),
    answered_at   TIMESTAMPTZ,
    UNIQUE (assessment_id, question_code)
);

-- per-section subtotals of a completed assessment
CREATE TABLE assessment_section_score (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    section       VARCHAR(40) NOT NULL,
    score         INTEGER CHECK (score BETWEEN 0 AND 100),
    answered      INTEGER     NOT NULL,
    not_applicable INTEGER    NOT NULL,
    PRIMARY KEY (assessment_id, section)
);

-- Inputs of the reassessment cadence that are not the vendor's own data: an override of the months between
-- assessments (with its reason), and the first day the vendor was seen in service.
CREATE TABLE assessment_cadence (
    vendor_id        BIGINT PRIMARY KEY REFERENCES vendor (id),
    override_months  INTEGER CHECK (override_months BETWEEN 1 AND 120),
    override_reason  VARCHAR(1000),
    in_service_since DATE,
    updated_at       TIMESTAMPTZ  NOT NULL,
    updated_by       VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

-- Derived: one row a vendor, recomputed in the transaction that changed one of its inputs (an assessment
-- started, completed or re-dated, the cadence, the vendor's PHI access, status or name), rebuilt at
-- start-up when never computed. next_due does not move with the calendar (overdue is read against today).
CREATE TABLE vendor_assessment_state (
    vendor_id          BIGINT PRIMARY KEY,
    vendor_name        VARCHAR(200) NOT NULL,
    phi_access         VARCHAR(30)  NOT NULL,
    owner_id           BIGINT,
    last_assessment_id BIGINT,
    last_completed_on  DATE,
    last_score         INTEGER,
    open_assessment_id BIGINT,
    open_status        VARCHAR(20),
    cadence_months     INTEGER      NOT NULL,
    cadence_source     VARCHAR(30)  NOT NULL,
    next_due           DATE,
    due_basis          VARCHAR(30)  NOT NULL,
    computed_on        DATE         NOT NULL
);

CREATE INDEX vendor_assessment_state_due ON vendor_assessment_state (next_due, vendor_id) WHERE next_due IS NOT NULL;

CREATE TABLE vendor_assessment_state_rebuild (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    rebuilt_at TIMESTAMPTZ NOT NULL
);

INSERT INTO reminder_rule (kind, offsets, notify_owner, recipient_roles, overdue_repeat_days, escalate_after_days,
                           escalation_roles, created_at, created_by, updated_at, updated_by)
VALUES ('ASSESSMENT_DUE', '90,60,30,7,0', TRUE, 'SECURITY_OFFICER', 7, 14, 'ADMIN',
        now(), 'system', now(), 'system')
ON CONFLICT (kind) DO NOTHING;

INSERT INTO assessment_bank_version (version, published_on, note)
VALUES (1, DATE '2026-11-01', 'First version: security and AI assessment, privacy impact assessment');

INSERT INTO assessment_question (bank_version, code, section, position, kinds, text, help, weight, critical, prefill) VALUES
    (1, 'DG-01', 'DATA_GOVERNANCE', 10, 'INITIAL,PERIODIC,TRIGGERED', 'Does the vendor keep a current inventory of the PHI it receives from us and where it is stored?', 'Ask for the data inventory or record of processing covering our data.', 4, FALSE, NULL),
    (1, 'DG-02', 'DATA_GOVERNANCE', 20, 'INITIAL,PERIODIC,TRIGGERED', 'Is our PHI used only for the services in the agreement (no secondary use, sale or marketing)?', '164.502(a): a business associate may use PHI only as the BAA permits.', 3, FALSE, NULL),
    (1, 'DG-03', 'DATA_GOVERNANCE', 30, 'INITIAL,PERIODIC,TRIGGERED', 'Does the vendor refrain from training or fine-tuning models on our PHI without our written authorization?', 'Critical: training on PHI is a use the BAA must allow. "Prefilled" from the AI profile.', 5, TRUE, 'PHI_TRAINING'),
    (1, 'DG-04', 'DATA_GOVERNANCE', 40, 'INITIAL,PERIODIC,TRIGGERED', 'Are retention periods set for prompts, outputs, logs and embeddings, and are they as short as the service allows?', 'Look for retention in days for each kind of data.', 3, FALSE, 'RETENTION'),
    (1, 'DG-05', 'DATA_GOVERNANCE', 50, 'INITIAL,PERIODIC,TRIGGERED', 'Is PHI returned or destroyed at the end of the contract, with a certificate of destruction?', '164.504(e)(2)(ii)(J).', 3, FALSE, NULL),
    (1, 'DG-06', 'DATA_GOVERNANCE', 60, 'INITIAL,PERIODIC,TRIGGERED', 'Is our data logically separated from other customers'' data?', NULL, 2, FALSE, NULL),
    (1, 'DG-07', 'DATA_GOVERNANCE', 70, 'INITIAL,PERIODIC,TRIGGERED', 'Is PHI stored and accessed only in the regions agreed (no offshore access unless agreed)?', NULL, 2, FALSE, 'OFFSHORE'),
    (1, 'DEID-01', 'DEIDENTIFICATION', 80, 'INITIAL,PERIODIC,TRIGGERED', 'Where the vendor claims de-identified data, does it use Safe Harbor or Expert Determination (164.514(b))?', 'Answer N/A if the vendor receives identifiable PHI only.', 3, FALSE, 'DEID_METHOD'),
    (1, 'DEID-02', 'DEIDENTIFICATION', 90, 'INITIAL,PERIODIC,TRIGGERED', 'For Expert Determination, is the expert''s report current and does it cover this use?', NULL, 3, FALSE, NULL),
    (1, 'DEID-03', 'DEIDENTIFICATION', 100, 'INITIAL,PERIODIC,TRIGGERED', 'Is re-identification forbidden by contract and technically prevented?', NULL, 2, FALSE, NULL),
    (1, 'DEID-04', 'DEIDENTIFICATION', 110, 'INITIAL,PERIODIC,TRIGGERED', 'Are limited data sets covered by a data use agreement (164.514(e))?', NULL, 2, FALSE, NULL),
    (1, 'TS-01', 'TECHNICAL_SAFEGUARDS', 120, 'INITIAL,PERIODIC,TRIGGERED', 'Is access to PHI limited to named users with unique IDs and least privilege (164.312(a)(1))?', 'Critical: access control.', 5, TRUE, NULL),
    (1, 'TS-02', 'TECHNICAL_SAFEGUARDS', 130, 'INITIAL,PERIODIC,TRIGGERED', 'Is there an emergency access procedure and automatic logoff (164.312(a)(2))?', NULL, 3, FALSE, NULL),
    (1, 'TS-03', 'TECHNICAL_SAFEGUARDS', 140, 'INITIAL,PERIODIC,TRIGGERED', 'Is PHI encrypted at rest with current algorithms and managed keys (164.312(a)(2)(iv))?', 'Critical: ask for the key management description.', 5, TRUE, NULL),
    (1, 'TS-04', 'TECHNICAL_SAFEGUARDS', 150, 'INITIAL,PERIODIC,TRIGGERED', 'Is PHI encrypted in transit (TLS 1.2 or later) on every path (164.312(e))?', 'Critical: transmission security.', 5, TRUE, NULL),
    (1, 'TS-05', 'TECHNICAL_SAFEGUARDS', 160, 'INITIAL,PERIODIC,TRIGGERED', 'Are audit logs kept of who accessed PHI, protected from tampering and reviewed (164.312(b))?', NULL, 4, FALSE, NULL),
    (1, 'TS-06', 'TECHNICAL_SAFEGUARDS', 170, 'INITIAL,PERIODIC,TRIGGERED', 'Are integrity controls in place so PHI cannot be altered or destroyed improperly (164.312(c))?', NULL, 3, FALSE, NULL),
    (1, 'TS-07', 'TECHNICAL_SAFEGUARDS', 180, 'INITIAL,PERIODIC,TRIGGERED', 'Is multi-factor authentication required for workforce and administrative access (164.312(d))?', NULL, 4, FALSE, NULL),
    (1, 'TS-08', 'TECHNICAL_SAFEGUARDS', 190, 'INITIAL,PERIODIC,TRIGGERED', 'Are vulnerabilities scanned and patched within defined windows, with yearly penetration tests?', NULL, 3, FALSE, NULL),
    (1, 'TS-09', 'TECHNICAL_SAFEGUARDS', 200, 'INITIAL,PERIODIC,TRIGGERED', 'Are backups encrypted, tested and kept apart from production?', NULL, 3, FALSE, NULL),
    (1, 'IR-01', 'INCIDENT_RESPONSE', 210, 'INITIAL,PERIODIC,TRIGGERED', 'Does the vendor have a written, tested incident response plan?', 'Ask for the date of the last exercise.', 4, FALSE, NULL),
    (1, 'IR-02', 'INCIDENT_RESPONSE', 220, 'INITIAL,PERIODIC,TRIGGERED', 'Will the vendor notify us of a breach of unsecured PHI within the BAA''s window (no later than 60 days, 164.410)?', 'Critical: the window in the BAA, usually shorter.', 5, TRUE, NULL),
    (1, 'IR-03', 'INCIDENT_RESPONSE', 230, 'INITIAL,PERIODIC,TRIGGERED', 'Does the notice include the individuals affected and the PHI involved (164.410(c))?', NULL, 3, FALSE, NULL),
    (1, 'IR-04', 'INCIDENT_RESPONSE', 240, 'INITIAL,PERIODIC,TRIGGERED', 'Is a model failure or harmful output treated as an incident and reported to us?', NULL, 2, FALSE, 'MODEL_FAILURE_INCIDENT'),
    (1, 'IR-05', 'INCIDENT_RESPONSE', 250, 'INITIAL,PERIODIC,TRIGGERED', 'Has the vendor reported no breach in the last 24 months, or handled any fully?', NULL, 2, FALSE, NULL),
    (1, 'TP-01', 'THIRD_PARTY_ASSURANCE', 260, 'INITIAL,PERIODIC,TRIGGERED', 'Does the vendor hold a current SOC 2 Type II, HITRUST or ISO 27001 covering the service?', NULL, 4, FALSE, NULL),
    (1, 'TP-02', 'THIRD_PARTY_ASSURANCE', 270, 'INITIAL,PERIODIC,TRIGGERED', 'Have the report''s exceptions and complementary user entity controls been reviewed?', NULL, 3, FALSE, NULL),
    (1, 'TP-03', 'THIRD_PARTY_ASSURANCE', 280, 'INITIAL,PERIODIC,TRIGGERED', 'Has an independent penetration test been performed in the last 12 months with findings closed?', NULL, 2, FALSE, NULL),
    (1, 'TP-04', 'THIRD_PARTY_ASSURANCE', 290, 'INITIAL,PERIODIC,TRIGGERED', 'Is there a bridge letter covering the gap since the last report period?', NULL, 2, FALSE, NULL),
    (1, 'SP-01', 'SUBPROCESSORS', 300, 'INITIAL,PERIODIC,TRIGGERED', 'Are all sub-processors handling our PHI listed, with their role and region?', NULL, 4, FALSE, NULL),
    (1, 'SP-02', 'SUBPROCESSORS', 310, 'INITIAL,PERIODIC,TRIGGERED', 'Is every sub-processor handling PHI bound by a business associate agreement with the same restrictions (164.502(e))?', 'Critical: downstream BAAs.', 5, TRUE, NULL),
    (1, 'SP-03', 'SUBPROCESSORS', 320, 'INITIAL,PERIODIC,TRIGGERED', 'Will the vendor give notice before adding or changing a sub-processor?', NULL, 3, FALSE, NULL),
    (1, 'SP-04', 'SUBPROCESSORS', 330, 'INITIAL,PERIODIC,TRIGGERED', 'Does the vendor assess its sub-processors'' security at least yearly?', NULL, 2, FALSE, NULL),
    (1, 'SP-05', 'SUBPROCESSORS', 340, 'INITIAL,PERIODIC,TRIGGERED', 'Do model providers behind the service (fourth parties) keep no prompts or outputs for their own use?', NULL, 2, FALSE, NULL),
    (1, 'AI-01', 'AI_GOVERNANCE', 350, 'INITIAL,PERIODIC,TRIGGERED', 'Is a model card available describing intended use, training data, limits and performance?', NULL, 3, FALSE, 'MODEL_CARD'),
    (1, 'AI-02', 'AI_GOVERNANCE', 360, 'INITIAL,PERIODIC,TRIGGERED', 'Has the model been tested for bias by subgroup (age, sex, race, ethnicity, disability)?', NULL, 4, FALSE, 'BIAS_TESTED'),
    (1, 'AI-03', 'AI_GOVERNANCE', 370, 'INITIAL,PERIODIC,TRIGGERED', 'Has the model been validated on our own population before use?', NULL, 3, FALSE, 'LOCAL_VALIDATION'),
    (1, 'AI-04', 'AI_GOVERNANCE', 380, 'INITIAL,PERIODIC,TRIGGERED', 'Is performance monitored for drift in production, with thresholds and alerts?', NULL, 3, FALSE, 'DRIFT'),
    (1, 'AI-05', 'AI_GOVERNANCE', 390, 'INITIAL,PERIODIC,TRIGGERED', 'Is a qualified human in the loop for every clinical or coverage decision the output informs?', NULL, 4, FALSE, 'HUMAN_OVERSIGHT'),
    (1, 'AI-06', 'AI_GOVERNANCE', 400, 'INITIAL,PERIODIC,TRIGGERED', 'Will the vendor give advance notice of model changes and retrain events?', NULL, 3, FALSE, 'CHANGE_NOTICE'),
    (1, 'AI-07', 'AI_GOVERNANCE', 410, 'INITIAL,PERIODIC,TRIGGERED', 'Are prompt-injection attacks covered by tests and controls?', NULL, 3, FALSE, 'PROMPT_INJECTION'),
    (1, 'AI-08', 'AI_GOVERNANCE', 420, 'INITIAL,PERIODIC,TRIGGERED', 'Are controls in place against data leakage across sessions and customers through the model?', NULL, 4, FALSE, 'DATA_LEAKAGE'),
    (1, 'AI-09', 'AI_GOVERNANCE', 430, 'INITIAL,PERIODIC,TRIGGERED', 'Is an AI or software bill of materials available?', NULL, 2, FALSE, 'AI_BOM'),
    (1, 'AI-10', 'AI_GOVERNANCE', 440, 'INITIAL,PERIODIC,TRIGGERED', 'Does the vendor supply the HTI-1 source attributes for decision support interventions?', NULL, 2, FALSE, NULL),
    (1, 'AI-11', 'AI_GOVERNANCE', 450, 'INITIAL,PERIODIC,TRIGGERED', 'Is the vendor''s AI governance aligned with a recognised framework (NIST AI RMF, ISO 42001)?', NULL, 2, FALSE, NULL),
    (1, 'PIA-01', 'PIA_PURPOSE', 460, 'PRIVACY_IMPACT', 'Is the purpose of the AI use case written down, specific and approved by its clinical or business owner?', NULL, 4, FALSE, NULL),
    (1, 'PIA-02', 'PIA_PURPOSE', 470, 'PRIVACY_IMPACT', 'Is the expected benefit to patients or operations stated and measurable?', NULL, 2, FALSE, NULL),
    (1, 'PIA-03', 'PIA_PHI_ELEMENTS', 480, 'PRIVACY_IMPACT', 'Are the PHI elements the tool receives listed field by field?', NULL, 4, FALSE, NULL),
    (1, 'PIA-04', 'PIA_PHI_ELEMENTS', 490, 'PRIVACY_IMPACT', 'Is the PHI limited to the minimum necessary for the purpose (164.502(b))?', 'Critical: minimum necessary.', 5, TRUE, NULL),
    (1, 'PIA-05', 'PIA_DATA_FLOW', 500, 'PRIVACY_IMPACT', 'Is the data flow drawn from source system to vendor and back, including sub-processors and regions?', NULL, 4, FALSE, NULL),
    (1, 'PIA-06', 'PIA_DATA_FLOW', 510, 'PRIVACY_IMPACT', 'Are retention and deletion of prompts, outputs and logs set and acceptable?', NULL, 3, FALSE, 'RETENTION'),
    (1, 'PIA-07', 'PIA_DATA_FLOW', 520, 'PRIVACY_IMPACT', 'Is a BAA in place covering this data flow before go-live?', NULL, 3, FALSE, NULL),
    (1, 'PIA-08', 'PIA_DISCLOSURE', 530, 'PRIVACY_IMPACT', 'Are patients told when AI is used in their care or communication, where we decided they should be?', NULL, 3, FALSE, 'PATIENT_DISCLOSURE'),
    (1, 'PIA-09', 'PIA_DISCLOSURE', 540, 'PRIVACY_IMPACT', 'Is the use covered by our notice of privacy practices?', NULL, 2, FALSE, NULL),
    (1, 'PIA-10', 'PIA_ALTERNATIVES', 550, 'PRIVACY_IMPACT', 'Were less privacy-invasive alternatives (de-identified data, on-premises, no AI) considered and recorded?', NULL, 2, FALSE, NULL),
    (1, 'PIA-11', 'PIA_DECISION', 560, 'PRIVACY_IMPACT', 'Has the privacy officer recorded a decision (approve, approve with conditions, reject) with conditions listed?', NULL, 4, FALSE, NULL),
    (1, 'PIA-12', 'PIA_DECISION', 570, 'PRIVACY_IMPACT', 'Is a review date set for this privacy impact assessment?', NULL, 2, FALSE, NULL);
