-- Vendors module: the vendor registry, each vendor's AI profile (DOMAIN.md §5, AI-01…AI-17) and its
-- sub-processors (fourth parties, AI-08).

CREATE TABLE vendor (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                    VARCHAR(200)  NOT NULL,
    legal_name              VARCHAR(200),
    website                 VARCHAR(300),
    description             VARCHAR(4000),
    service_category        VARCHAR(40),
    status                  VARCHAR(20)   NOT NULL DEFAULT 'PROSPECT'
        CHECK (status IN ('PROSPECT', 'ONBOARDING', 'ACTIVE', 'OFFBOARDING', 'TERMINATED')),
    business_owner_id       BIGINT REFERENCES app_user (id),
    primary_contact_name    VARCHAR(120),
    primary_contact_email   VARCHAR(254),
    primary_contact_phone   VARCHAR(40),
    security_contact_name   VARCHAR(120),
    security_contact_email  VARCHAR(254),
    security_contact_phone  VARCHAR(40),
    phi_access              VARCHAR(20)   NOT NULL DEFAULT 'NONE'
        CHECK (phi_access IN ('NONE', 'DE_IDENTIFIED', 'LIMITED_DATA_SET', 'PHI')),
    record_volume           VARCHAR(20),
    system_access           VARCHAR(20),
    hosting_regions         VARCHAR(300),
    external_reference      VARCHAR(100),
    -- sort keys in the order people think of them (lifecycle order; most sensitive first)
    status_rank             SMALLINT GENERATED ALWAYS AS (CASE status
        WHEN 'PROSPECT' THEN 1 WHEN 'ONBOARDING' THEN 2 WHEN 'ACTIVE' THEN 3
        WHEN 'OFFBOARDING' THEN 4 ELSE 5 END) STORED,
    phi_rank                SMALLINT GENERATED ALWAYS AS (CASE phi_access
        WHEN 'PHI' THEN 1 WHEN 'LIMITED_DATA_SET' THEN 2 WHEN 'DE_IDENTIFIED' THEN 3 ELSE 4 END) STORED,
    created_at              TIMESTAMPTZ   NOT NULL,
    created_by              VARCHAR(254)  NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    updated_by              VARCHAR(254)  NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0
);
-- the name is unique whatever its case
CREATE UNIQUE INDEX vendor_name_uk ON vendor (lower(name));
-- sortable columns: each index matches its ORDER BY, id as tie-breaker
CREATE INDEX vendor_name_sort_idx ON vendor (lower(name), id);
CREATE INDEX vendor_status_sort_idx ON vendor (status_rank, lower(name), id);
CREATE INDEX vendor_phi_sort_idx ON vendor (phi_rank, lower(name), id);
CREATE INDEX vendor_updated_sort_idx ON vendor (updated_at, id);
-- filters
CREATE INDEX vendor_status_idx ON vendor (status, lower(name), id);
CREATE INDEX vendor_phi_idx ON vendor (phi_access, lower(name), id);
CREATE INDEX vendor_business_owner_idx ON vendor (business_owner_id);
-- search: substring (3+ characters) by trigram over name, legal name and description;
-- 1-2 characters by an indexed prefix match on lower(name)
CREATE INDEX vendor_name_trgm_idx ON vendor USING gin (lower(name) gin_trgm_ops);
CREATE INDEX vendor_legal_name_trgm_idx ON vendor USING gin (lower(legal_name) gin_trgm_ops);
CREATE INDEX vendor_description_trgm_idx ON vendor USING gin (lower(description) gin_trgm_ops);
CREATE INDEX vendor_name_prefix_idx ON vendor (lower(name) text_pattern_ops);

CREATE TABLE ai_profile (
    id                          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id                   BIGINT       NOT NULL UNIQUE REFERENCES vendor (id) ON DELETE CASCADE,
    system_type                 VARCHAR(40),                                  -- AI-01
    fda_status                  VARCHAR(20),                                  -- AI-02
    change_control_plan         BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-02
    dsi_source_attributes       INT CHECK (dsi_source_attributes BETWEEN 0 AND 31), -- AI-03
    model_card_available        BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-04
    model_card_url              VARCHAR(300),                                 -- AI-04
    phi_training                VARCHAR(30),                                  -- AI-05
    deidentification_method     VARCHAR(30),                                  -- AI-06
    prompt_retention_days       INT CHECK (prompt_retention_days >= 0),       -- AI-07
    output_retention_days       INT CHECK (output_retention_days >= 0),       -- AI-07
    log_retention_days          INT CHECK (log_retention_days >= 0),          -- AI-07
    embedding_retention_days    INT CHECK (embedding_retention_days >= 0),    -- AI-07
    offshore_access             BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-09
    bias_tested                 BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-10
    bias_tested_on              DATE,                                         -- AI-10
    uses_protected_attributes   BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-10
    locally_validated           BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-11
    locally_validated_on        DATE,                                         -- AI-11
    drift_monitoring            BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-11
    decision_role               VARCHAR(20),                                  -- AI-12
    human_oversight             VARCHAR(1000),                                -- AI-12
    update_cadence              VARCHAR(20),                                  -- AI-13
    change_notice_days          INT CHECK (change_notice_days >= 0),          -- AI-13
    covers_prompt_injection     BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-14
    covers_data_leakage         BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-14
    ai_bom_available            BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-14
    model_failure_is_incident   BOOLEAN      NOT NULL DEFAULT FALSE,          -- AI-15
    framework_alignment         VARCHAR(20),                                  -- AI-16
    patient_disclosure          VARCHAR(30),                                  -- AI-17
    notes                       VARCHAR(4000),
    created_at                  TIMESTAMPTZ  NOT NULL,
    created_by                  VARCHAR(254) NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    updated_by                  VARCHAR(254) NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ai_profile_system_type_idx ON ai_profile (system_type, vendor_id);

CREATE TABLE subprocessor (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id       BIGINT       NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
    name            VARCHAR(200) NOT NULL,
    service         VARCHAR(200),
    region          VARCHAR(100),
    downstream_baa  BOOLEAN      NOT NULL DEFAULT FALSE,
    zero_retention  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(254) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(254) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX subprocessor_vendor_idx ON subprocessor (vendor_id, lower(name), id);
CREATE INDEX subprocessor_no_baa_idx ON subprocessor (vendor_id) WHERE NOT downstream_baa;
