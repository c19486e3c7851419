-- Compliance gaps as stored, derived state. Each vendor's gaps are recomputed by the application when
-- one of their inputs changes (the vendor, its sub-processors, its agreements, their clauses) and its
-- rows replaced in the same transaction; reads are indexed queries. Both tables are derived: they can
-- be emptied at any time and are rebuilt at start-up when empty.

-- One row a gap. Date-driven gaps (notice deadline near, expiring) are stored ahead of time with the
-- first day they show (visible_from: the date minus the 90-day look-ahead); all others are visible at
-- once (visible_from 1970-01-01). severity is the position of the kind in the list, most serious first.
CREATE TABLE compliance_gap (
    id             BIGSERIAL PRIMARY KEY,
    vendor_id      BIGINT       NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    severity       SMALLINT     NOT NULL,
    vendor_name    VARCHAR(200) NOT NULL,
    agreement_id   BIGINT,
    agreement_kind VARCHAR(30),
    subject        VARCHAR(300),
    gap_date       DATE,
    missing_count  INTEGER      NOT NULL DEFAULT 0,
    link           VARCHAR(300) NOT NULL,
    visible_from   DATE         NOT NULL
);

-- the vendor page and the per-vendor replace
CREATE INDEX compliance_gap_vendor ON compliance_gap (vendor_id);
-- the navigation count (index-only)
CREATE INDEX compliance_gap_visible ON compliance_gap (visible_from);
-- the list: most serious kind first, then vendor name, date; filtered by kind through its severity
CREATE INDEX compliance_gap_list ON compliance_gap (severity, lower(vendor_name), gap_date, id);

-- One row a vendor whose gaps are stored, with the first day on which the calendar alone changes
-- them beyond what visible_from already covers (a term ends, a notice deadline passes, an agreement
-- or a later version takes effect). The nightly step recomputes the vendors whose day has come.
CREATE TABLE compliance_gap_check (
    vendor_id   BIGINT PRIMARY KEY,
    recheck_on  DATE,
    computed_on DATE NOT NULL
);

CREATE INDEX compliance_gap_check_recheck ON compliance_gap_check (recheck_on) WHERE recheck_on IS NOT NULL;
