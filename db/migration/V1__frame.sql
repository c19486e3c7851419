-- Frame: users and roles, append-only audit chain, JDBC sessions, event publication
-- registry (Spring Modulith) and the persistent scheduler table (db-scheduler).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE app_user (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email                   VARCHAR(254) NOT NULL,
    display_name            VARCHAR(120) NOT NULL,
    password_hash           VARCHAR(200) NOT NULL,
    enabled                 BOOLEAN      NOT NULL DEFAULT TRUE,
    mfa_secret              VARCHAR(200),
    failed_logins           INT          NOT NULL DEFAULT 0,
    locked_until            TIMESTAMPTZ,
    time_zone               VARCHAR(64)  NOT NULL DEFAULT 'America/New_York',
    notification_preference VARCHAR(20)  NOT NULL DEFAULT 'IMMEDIATE'
        CHECK (notification_preference IN ('IMMEDIATE', 'DAILY_DIGEST')),
    created_at              TIMESTAMPTZ  NOT NULL,
    created_by              VARCHAR(254) NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    updated_by              VARCHAR(254) NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_email_uk ON app_user (lower(email));
CREATE INDEX app_user_display_name_idx ON app_user (lower(display_name), id);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL
        CHECK (role IN ('PROCUREMENT', 'SECURITY_OFFICER', 'LEGAL', 'ADMIN', 'AUDITOR')),
    PRIMARY KEY (user_id, role)
);
CREATE INDEX app_user_role_role_idx ON app_user_role (role, user_id);

-- Demo data loaders that have run once (embedded demo mode only).
CREATE TABLE demo_seed (
    name      VARCHAR(64) PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_event (
    seq         BIGINT       PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64),
    summary     VARCHAR(500) NOT NULL,
    changes     JSONB        NOT NULL DEFAULT '{}'::jsonb,
    client_ip   VARCHAR(64),
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, seq DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (lower(actor), seq DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, seq DESC);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);

CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Spring Session JDBC
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Spring Modulith event publication registry (schema v2)
CREATE TABLE event_publication (
    id                     UUID        NOT NULL PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- db-scheduler: cluster-safe persistent jobs
CREATE TABLE scheduled_tasks (
    task_name            TEXT        NOT NULL,
    task_instance        TEXT        NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMPTZ NOT NULL,
    picked               BOOLEAN     NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMPTZ,
    last_failure         TIMESTAMPTZ,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMPTZ,
    version              BIGINT      NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
