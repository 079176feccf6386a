-- Trust and safety: members block one another, report members and content; moderators work the
-- reports (hide content, warn, suspend).

-- A block keeps two members apart, either way: no proposals, messages or introductions between them.
CREATE TABLE blocks (
    id         BIGINT NOT NULL,
    created_at ${timestamp} NOT NULL,
    updated_at ${timestamp} NOT NULL,
    blocker_id BIGINT NOT NULL,
    blocked_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_blocks_pair UNIQUE (blocker_id, blocked_id),
    CONSTRAINT fk_blocks_blocker FOREIGN KEY (blocker_id) REFERENCES members (id),
    CONSTRAINT fk_blocks_blocked FOREIGN KEY (blocked_id) REFERENCES members (id)
) ${table_options};
CREATE INDEX ix_blocks_blocked ON blocks (blocked_id, blocker_id);

-- A report about a member, or about one piece of their content (content_type and content_id).
CREATE TABLE reports (
    id             BIGINT NOT NULL,
    version        BIGINT NOT NULL,
    created_at     ${timestamp} NOT NULL,
    updated_at     ${timestamp} NOT NULL,
    reporter_id    BIGINT NOT NULL,
    member_id      BIGINT NOT NULL,
    content_type   VARCHAR(20) NOT NULL,
    content_id     BIGINT,
    reason         VARCHAR(20) NOT NULL,
    details        VARCHAR(1000),
    outcome        VARCHAR(20),
    moderator_id   BIGINT,
    resolved_at    ${timestamp},
    PRIMARY KEY (id),
    CONSTRAINT fk_reports_reporter FOREIGN KEY (reporter_id) REFERENCES members (id),
    CONSTRAINT fk_reports_member FOREIGN KEY (member_id) REFERENCES members (id)
) ${table_options};
-- The queue: open reports (not resolved), newest first.
CREATE INDEX ix_reports_open ON reports (resolved_at, id);
CREATE INDEX ix_reports_member ON reports (member_id, id);

-- A suspended member cannot sign in; suspending raises the session epoch, which ends their sessions.
ALTER TABLE members ADD COLUMN suspended_at ${timestamp};

-- A message a moderator hid: both members see that it was hidden, not what it said.
ALTER TABLE messages ADD COLUMN hidden_at ${timestamp};
