-- Password reset by an emailed link, and the end of a member's other sessions when the password changes.

-- Raised at every password change; a session remembers the value it signed in with and ends when
-- they differ.
ALTER TABLE members ADD COLUMN session_epoch INT DEFAULT 0 NOT NULL;

-- A reset link: only the SHA-256 of its token is stored; single use, valid for an hour.
CREATE TABLE password_resets (
    id         BIGINT NOT NULL,
    created_at ${timestamp} NOT NULL,
    updated_at ${timestamp} NOT NULL,
    member_id  BIGINT NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    expires_at ${timestamp} NOT NULL,
    used_at    ${timestamp},
    PRIMARY KEY (id),
    CONSTRAINT uq_password_resets_token UNIQUE (token_hash),
    CONSTRAINT fk_password_resets_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_password_resets_member ON password_resets (member_id, used_at);
