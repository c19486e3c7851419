-- How many required clauses an agreement's checklist leaves unfulfilled, stored on the agreement
-- (derived state). The application computes it with the clause catalogue's rule whenever the
-- agreement's findings or its kind change, in the same transaction; the list's "missing clauses"
-- filter, the list rows and the compliance gaps read it. Only BAAs carry the checklist: 0 otherwise.
ALTER TABLE agreement ADD COLUMN missing_required_clauses INTEGER NOT NULL DEFAULT 0;

-- Backfill once with the same rule: a required clause is fulfilled by a finding PRESENT, or
-- NOT_APPLICABLE where the clause may not apply and the note says why.
UPDATE agreement a SET missing_required_clauses = (
    SELECT count(*) FROM clause_definition d
     WHERE d.required AND NOT EXISTS (
        SELECT 1 FROM agreement_clause c
         WHERE c.agreement_id = a.id AND c.clause_code = d.code
           AND (c.status = 'PRESENT'
                OR (c.status = 'NOT_APPLICABLE' AND d.may_not_apply AND btrim(c.note) <> ''))))
 WHERE a.kind IN ('BAA', 'SUBCONTRACTOR_BAA');

-- the list filtered on missing clauses, in its default order
CREATE INDEX agreement_missing_clauses_idx ON agreement (key_date NULLS LAST, id) WHERE missing_required_clauses > 0;
