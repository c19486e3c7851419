-- Agreements (DESIGN.md §3): per vendor, with the dates computed from its terms stored for sorting and
-- filtering (current_term_end, next_notice_deadline, key_date); they are recomputed on every save and
-- when "today" passes them (auto-renewing agreements roll forward).

CREATE TABLE agreement (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vendor_id               BIGINT       NOT NULL REFERENCES vendor (id),
    kind                    VARCHAR(24)  NOT NULL CHECK (kind IN ('BAA', 'SUBCONTRACTOR_BAA', 'MSA', 'DPA')),
    status                  VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'IN_NEGOTIATION', 'EXECUTED', 'EXPIRED', 'TERMINATED', 'SUPERSEDED')),
    effective_date          DATE,
    expiration_date         DATE,
    auto_renews             BOOLEAN      NOT NULL DEFAULT FALSE,
    renewal_term_months     INT CHECK (renewal_term_months >= 0),
    notice_period_days      INT CHECK (notice_period_days >= 0),
    breach_notice_value     INT CHECK (breach_notice_value >= 0),
    breach_notice_unit      VARCHAR(16) CHECK (breach_notice_unit IN ('HOURS', 'CALENDAR_DAYS', 'BUSINESS_DAYS')),
    signed_date             DATE,
    counterparty_signatory  VARCHAR(200),
    owner_id                BIGINT REFERENCES app_user (id),
    notes                   VARCHAR(4000),
    supersedes_id           BIGINT UNIQUE REFERENCES agreement (id),
    current_term_end        DATE,
    next_notice_deadline    DATE,
    key_date                DATE,
    created_at              TIMESTAMPTZ  NOT NULL,
    created_by              VARCHAR(254) NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    updated_by              VARCHAR(254) NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (expiration_date IS NULL OR effective_date IS NULL OR expiration_date >= effective_date),
    CHECK (status NOT IN ('EXECUTED', 'EXPIRED', 'TERMINATED', 'SUPERSEDED')
           OR (signed_date IS NOT NULL AND effective_date IS NOT NULL))
);
-- list sorts: by the next date that needs action (default), by last change
CREATE INDEX agreement_key_date_idx ON agreement (key_date NULLS LAST, id);
CREATE INDEX agreement_updated_idx ON agreement (updated_at DESC, id DESC);
-- filters and look-ups
CREATE INDEX agreement_vendor_idx ON agreement (vendor_id, key_date NULLS LAST, id);
CREATE INDEX agreement_status_idx ON agreement (status, key_date NULLS LAST, id);
CREATE INDEX agreement_kind_idx ON agreement (kind, key_date NULLS LAST, id);
CREATE INDEX agreement_owner_idx ON agreement (owner_id, key_date NULLS LAST, id);
-- rows whose stored dates "today" has passed (refreshed lazily)
CREATE INDEX agreement_roll_idx ON agreement (next_notice_deadline, current_term_end) WHERE auto_renews;

-- The clause checklist of one BAA: one row per reviewed clause (no row: not reviewed yet).
CREATE TABLE agreement_clause (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id    BIGINT       NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    clause_code     VARCHAR(32)  NOT NULL REFERENCES clause_definition (code),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('PRESENT', 'MISSING', 'NOT_APPLICABLE')),
    note            VARCHAR(1000),
    section_ref     VARCHAR(100),
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(254) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(254) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (agreement_id, clause_code)
);
