-- Agreements: when and how an agreement ended, when the vendor returned or destroyed our PHI, and
-- which required BAA clauses may truly not apply.

-- The day an agreement ended: terminated (the day it was recorded), expired (its last term end, or
-- the day it was recorded), superseded (the day its successor took effect). Ended agreements show
-- this instead of any live state.
ALTER TABLE agreement ADD COLUMN ended_on DATE;
-- The day the business associate returned or destroyed all PHI (164.504(e)(2)(ii)(J)); until it is
-- recorded an offboarding vendor with PHI access still needs a current BAA.
ALTER TABLE agreement ADD COLUMN phi_returned_on DATE;
ALTER TABLE agreement ADD CONSTRAINT agreement_phi_returned_baa_only
    CHECK (phi_returned_on IS NULL OR kind = 'BAA');

UPDATE agreement a SET ended_on = COALESCE(
        (SELECT s.effective_date FROM agreement s WHERE s.supersedes_id = a.id),
        CAST(a.updated_at AS DATE))
    WHERE a.status = 'SUPERSEDED';
UPDATE agreement SET ended_on = CAST(updated_at AS DATE) WHERE status = 'TERMINATED';
UPDATE agreement SET ended_on = CASE WHEN NOT auto_renews AND expiration_date IS NOT NULL
        THEN expiration_date ELSE CAST(updated_at AS DATE) END
    WHERE status = 'EXPIRED';

-- A required clause may be marked not applicable only when the contract can truly do without it,
-- and then only with a note saying why: BAA-09 and BAA-10 when the business associate keeps no
-- designated record set (164.504(e)(2)(ii)(E), (F)), BAA-12 when it carries out none of our Privacy
-- Rule obligations (164.504(e)(2)(ii)(H)). Any other required clause marked not applicable is a gap.
ALTER TABLE clause_definition ADD COLUMN may_not_apply BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE clause_definition SET may_not_apply = TRUE WHERE code IN ('BAA-09', 'BAA-10', 'BAA-12');
ALTER TABLE clause_definition ADD CONSTRAINT clause_definition_may_not_apply_required
    CHECK (NOT may_not_apply OR required);
