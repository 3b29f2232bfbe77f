-- Append-only audit trail; each record carries the SM3 hash of its content and of the previous record.
CREATE TABLE identity_audit_event (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64),
    action        VARCHAR(64)  NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    target        VARCHAR(200),
    division_code VARCHAR(12),
    client_ip     VARCHAR(64),
    detail        VARCHAR(1000),
    prev_hash     VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);
CREATE INDEX identity_audit_event_time_idx ON identity_audit_event (occurred_at);
CREATE INDEX identity_audit_event_actor_idx ON identity_audit_event (actor);
CREATE INDEX identity_audit_event_action_idx ON identity_audit_event (action);

-- The head of the chain; locking this one row serialises appends across application nodes.
CREATE TABLE identity_audit_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO identity_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
