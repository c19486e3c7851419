-- Agreements: the HIPAA clause checklist as reference data (DOMAIN.md §1).
-- BAA-01…BAA-15 (164.504(e), 164.314(a)); 02 and 03 are optional, the other 13 required.
-- REC-* are recommended terms worth tracking, never required.

CREATE TABLE clause_definition (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    category    VARCHAR(16)  NOT NULL CHECK (category IN ('BAA', 'RECOMMENDED')),
    title       VARCHAR(300) NOT NULL,
    citation    VARCHAR(120) NOT NULL,
    required    BOOLEAN      NOT NULL,
    position    INT          NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  VARCHAR(254) NOT NULL DEFAULT 'system',
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by  VARCHAR(254) NOT NULL DEFAULT 'system',
    version     BIGINT       NOT NULL DEFAULT 0,
    CHECK (category = 'BAA' OR NOT required)
);
CREATE INDEX clause_definition_position_idx ON clause_definition (position, id);

INSERT INTO clause_definition (code, category, title, citation, required, position) VALUES
('BAA-01', 'BAA', 'Permitted and required uses and disclosures of PHI (nothing the covered entity could not do itself)', '164.504(e)(2)(i)', TRUE, 1),
('BAA-02', 'BAA', 'Use for the business associate''s own management, administration and legal duties', '164.504(e)(2)(i)(A), (e)(4)', FALSE, 2),
('BAA-03', 'BAA', 'Data aggregation services', '164.504(e)(2)(i)(B)', FALSE, 3),
('BAA-04', 'BAA', 'No use or disclosure other than as permitted by the agreement or required by law', '164.504(e)(2)(ii)(A)', TRUE, 4),
('BAA-05', 'BAA', 'Appropriate safeguards; comply with the Security Rule (subpart C) for ePHI', '164.504(e)(2)(ii)(B); 164.314(a)(2)(i)(A)', TRUE, 5),
('BAA-06', 'BAA', 'Report any non-permitted use or disclosure, including breaches of unsecured PHI per 164.410', '164.504(e)(2)(ii)(C)', TRUE, 6),
('BAA-07', 'BAA', 'Report security incidents, attempted or successful (164.304)', '164.314(a)(2)(i)(C)', TRUE, 7),
('BAA-08', 'BAA', 'Subcontractors agree to the same restrictions and conditions (flow-down)', '164.504(e)(2)(ii)(D); 164.314(a)(2)(i)(B)', TRUE, 8),
('BAA-09', 'BAA', 'Make PHI available for individual access', '164.504(e)(2)(ii)(E); 164.524', TRUE, 9),
('BAA-10', 'BAA', 'Make PHI available for amendment', '164.504(e)(2)(ii)(F); 164.526', TRUE, 10),
('BAA-11', 'BAA', 'Provide information for an accounting of disclosures', '164.504(e)(2)(ii)(G); 164.528', TRUE, 11),
('BAA-12', 'BAA', 'Comply with the Privacy Rule when carrying out a covered entity''s obligation', '164.504(e)(2)(ii)(H)', TRUE, 12),
('BAA-13', 'BAA', 'Make internal practices, books and records available to HHS', '164.504(e)(2)(ii)(I)', TRUE, 13),
('BAA-14', 'BAA', 'Return or destroy PHI at termination (or extend protections if infeasible)', '164.504(e)(2)(ii)(J)', TRUE, 14),
('BAA-15', 'BAA', 'Covered entity may terminate for material breach', '164.504(e)(2)(iii)', TRUE, 15),
('REC-NOTICE-SLA', 'RECOMMENDED', 'Breach notice window: value, unit and what starts the clock', '164.410(b)', FALSE, 101),
('REC-NOTICE-CONTENT', 'RECOMMENDED', 'Content of a breach notice per 164.410(c)', '164.410(c)', FALSE, 102),
('REC-WHO-NOTIFIES', 'RECOMMENDED', 'Who notifies individuals, HHS and media, and who pays', '164.404–164.408', FALSE, 103),
('REC-UNSUCCESSFUL', 'RECOMMENDED', 'Routine unsuccessful security incidents deemed reported', '164.304; 164.314(a)(2)(i)(C)', FALSE, 104),
('REC-AUDIT', 'RECOMMENDED', 'Audit rights and annual attestation', 'policy', FALSE, 105),
('REC-MIN-NEC', 'RECOMMENDED', 'Minimum necessary', '164.502(b)', FALSE, 106),
('REC-DEID', 'RECOMMENDED', 'De-identification rights and method', '164.514(a)–(b)', FALSE, 107),
('REC-NO-TRAIN', 'RECOMMENDED', 'No training or fine-tuning on PHI without written authorization', 'policy', FALSE, 108),
('REC-SUBPROC', 'RECOMMENDED', 'Subcontractor list, change notice and hosting region', 'policy', FALSE, 109),
('REC-INDEMNITY', 'RECOMMENDED', 'Indemnity and cyber insurance', 'policy', FALSE, 110),
('REC-SURVIVAL', 'RECOMMENDED', 'Survival of obligations after termination', 'policy', FALSE, 111),
('REC-CONTINGENCY-24H', 'RECOMMENDED', 'Notify within 24 hours of activating its contingency plan', '2025 NPRM (proposed 164.314)', FALSE, 112),
('REC-ANNUAL-VERIFY', 'RECOMMENDED', 'Annual written verification of 164.312 safeguards', '2025 NPRM (proposed 164.314)', FALSE, 113);
