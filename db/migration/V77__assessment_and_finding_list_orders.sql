-- The /findings and /assessments lists sort both ways by their columns (FindingQuery.Sort, AssessmentSort),
-- each ORDER BY matched by an index so a page is read without sorting every match. Ordering by vendor
-- needs the vendor's name on the row: a copy, written when the row is created and kept in step with a
-- rename (assessments.VendorNameCopies).

ALTER TABLE finding ADD COLUMN vendor_name VARCHAR(200);
UPDATE finding f SET vendor_name = v.name FROM vendor v WHERE v.id = f.vendor_id;
ALTER TABLE finding ALTER COLUMN vendor_name SET NOT NULL;
-- by vendor, then due (read backwards for Z to A)
CREATE INDEX finding_vendor_name_due ON finding (lower(vendor_name), due_on, id);

ALTER TABLE assessment ADD COLUMN vendor_name VARCHAR(200);
UPDATE assessment a SET vendor_name = v.name FROM vendor v WHERE v.id = a.vendor_id;
ALTER TABLE assessment ALTER COLUMN vendor_name SET NOT NULL;
-- the lifecycle order of the status column, kept by the database
ALTER TABLE assessment ADD COLUMN status_rank SMALLINT GENERATED ALWAYS AS (CASE status WHEN 'DRAFT' THEN 0
    WHEN 'IN_PROGRESS' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END) STORED;
CREATE INDEX assessment_vendor_name_due ON assessment (lower(vendor_name), due_on, id);
CREATE INDEX assessment_status_rank_due ON assessment (status_rank, due_on, id);
-- score and completed on: assessments without one come last both ways, so each way has its own index
CREATE INDEX assessment_score_sort ON assessment (score ASC NULLS LAST, id);
CREATE INDEX assessment_score_sort_desc ON assessment (score DESC NULLS LAST, id DESC);
CREATE INDEX assessment_completed_sort ON assessment (completed_on ASC NULLS LAST, id);
CREATE INDEX assessment_completed_sort_desc ON assessment (completed_on DESC NULLS LAST, id DESC);
-- the assessor filter, in the default order
CREATE INDEX assessment_assessor_due ON assessment (assessor_id, due_on, id) WHERE assessor_id IS NOT NULL;
