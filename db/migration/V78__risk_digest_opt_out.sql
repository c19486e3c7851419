-- The weekly risk digest goes to every enabled security officer; each may opt out on their own
-- notification settings page (the identity module owns the flag; changes are audited).
alter table app_user add column risk_digest_opt_out boolean not null default false;
