-- Each recorded vendor incident proposes one TRIGGERED assessment (assessments module), at most once:
-- the incident is written here when its event is handled, with the assessment proposed, or none when one
-- of the vendor's assessments was already open (that one covers it).
CREATE TABLE assessment_incident_trigger (
    incident_id   BIGINT PRIMARY KEY,
    vendor_id     BIGINT      NOT NULL,
    assessment_id BIGINT REFERENCES assessment (id) ON DELETE SET NULL,
    handled_at    TIMESTAMPTZ NOT NULL
);
