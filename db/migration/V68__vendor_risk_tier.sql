-- The vendor's current risk tier and residual score, kept on the vendor row by the risk module so that
-- the vendor list can filter and sort on them without reading another module's tables. The effective
-- tier is the reviewed override when there is one, else the computed tier. Null until first scored.
alter table vendor
    add column risk_tier varchar(10),
    add column risk_residual smallint,
    add column risk_tier_overridden boolean not null default false,
    add constraint vendor_risk_tier_check check (risk_tier in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    add constraint vendor_risk_residual_check check (risk_residual between 0 and 100);
