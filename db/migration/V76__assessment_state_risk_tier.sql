-- The reassessment cadence follows the vendor's risk tier once it is scored, and a lapsed certification
-- or a new sub-processor pulls the next assessment forward. The state keeps the tier it was computed
-- with and the day of the trigger that set the due date (due_basis says which trigger). Forgetting the
-- last rebuild makes the next start-up recompute every vendor with the new rule.
alter table vendor_assessment_state
    add column risk_tier varchar(10),
    add column triggered_on date;

delete from vendor_assessment_state_rebuild;
