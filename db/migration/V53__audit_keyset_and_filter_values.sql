-- The audit log page reads newest first by keyset on (at, seq), "Newer"/"Older" links, without
-- counting: each filter it offers has an index ending in (at, seq), so a page reads its own rows.
CREATE INDEX audit_event_at_seq_idx ON audit_event (at, seq);
CREATE INDEX audit_event_type_at_idx ON audit_event (entity_type, at, seq);
CREATE INDEX audit_event_record_at_idx ON audit_event (entity_type, entity_id, at, seq);
CREATE INDEX audit_event_action_at_idx ON audit_event (action, at, seq);
CREATE INDEX audit_event_actor_at_idx ON audit_event (lower(actor), at, seq);
DROP INDEX audit_event_entity_idx;
DROP INDEX audit_event_actor_idx;
DROP INDEX audit_event_action_idx;
DROP INDEX audit_event_at_idx;

-- The values the filters offer (record types, actions): a small table kept up to date on every
-- insert (COPY included) instead of SELECT DISTINCT over the log.
CREATE TABLE audit_filter_value (
    kind  VARCHAR(16) NOT NULL CHECK (kind IN ('ENTITY_TYPE', 'ACTION')),
    value VARCHAR(64) NOT NULL,
    PRIMARY KEY (kind, value)
);
INSERT INTO audit_filter_value (kind, value)
SELECT DISTINCT 'ENTITY_TYPE', entity_type FROM audit_event
UNION
SELECT DISTINCT 'ACTION', action FROM audit_event;

CREATE FUNCTION audit_filter_value_add() RETURNS trigger AS $$
BEGIN
    INSERT INTO audit_filter_value (kind, value)
    SELECT DISTINCT 'ENTITY_TYPE', entity_type FROM appended
    UNION
    SELECT DISTINCT 'ACTION', action FROM appended
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_filter_values
    AFTER INSERT ON audit_event
    REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT EXECUTE FUNCTION audit_filter_value_add();
