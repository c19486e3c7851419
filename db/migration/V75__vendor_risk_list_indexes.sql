-- The vendor list filters by risk tier and sorts by residual score (V68 columns). Each ORDER BY of
-- VendorSort is matched by an index; vendors not scored yet sort last in both directions, so each
-- direction has its own index (a backward scan would put the nulls first).
create index vendor_risk_sort_idx on vendor (risk_residual asc nulls last, id);
create index vendor_risk_sort_desc_idx on vendor (risk_residual desc nulls last, id desc);
-- a tier filter, read in the default order (by name) or by score within the tier; "not scored yet" is
-- the null tier
create index vendor_risk_tier_idx on vendor (risk_tier, lower(name), id);
create index vendor_risk_tier_sort_idx on vendor (risk_tier, risk_residual asc nulls last, id);
create index vendor_risk_tier_sort_desc_idx on vendor (risk_tier, risk_residual desc nulls last, id desc);
