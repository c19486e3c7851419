-- The daily reconciliation re-reads only the subjects whose open obligations came due before today.
CREATE INDEX obligation_open_due_idx ON obligation (subject_type, due_date) WHERE NOT done;
