-- Administration: members' roles, the audit log of security events, and community settings that
-- administrators change on a page.

-- What a member may do beyond being a member: MEMBER or ADMINISTRATOR.
ALTER TABLE members ADD COLUMN role VARCHAR(20) DEFAULT 'MEMBER' NOT NULL;

-- Security events. No foreign keys: the log outlives whatever it mentions. Never a password or a
-- token; the client address is the one the throttle counts.
CREATE TABLE audit_events (
    id             BIGINT NOT NULL,
    occurred_at    ${timestamp} NOT NULL,
    event_type     VARCHAR(30) NOT NULL,
    member_id      BIGINT,
    actor_id       BIGINT,
    client_address VARCHAR(64),
    detail         VARCHAR(300),
    PRIMARY KEY (id)
) ${table_options};
-- Browsing newest first (ids grow with time), by member or by event.
CREATE INDEX ix_audit_events_member ON audit_events (member_id, id);
CREATE INDEX ix_audit_events_type ON audit_events (event_type, id);
CREATE INDEX ix_audit_events_address ON audit_events (client_address, id);

-- One row per setting; a NULL value means "as configured" (MicroProfile Config, else the default).
-- Every setting has its row, so reading one is always a hit in the entity cache.
CREATE TABLE community_settings (
    name          VARCHAR(40) NOT NULL,
    version       BIGINT NOT NULL,
    setting_value INT,
    PRIMARY KEY (name)
) ${table_options};
INSERT INTO community_settings (name, version, setting_value) VALUES ('GIVE_FIRST_RULE', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('OPEN_REQUEST_CAP', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('PROPOSAL_EXPIRY_HOURS', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('SIGN_INS_PER_ADDRESS', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('FAILURES_TO_LOCK', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('LOCK_MINUTES', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('FAILURES_PER_HOUR', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('RESETS_PER_HOUR', 0, NULL);
INSERT INTO community_settings (name, version, setting_value) VALUES ('SIGN_UPS_PER_ADDRESS', 0, NULL);
