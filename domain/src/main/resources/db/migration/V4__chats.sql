-- Chats on accepted CHAT matches: the times the giver offers, the one the requester picks, and
-- whether it happened. Each member gets a time zone, in which chat times are shown and typed.
-- (V3 belongs to another feature.)

ALTER TABLE members ADD COLUMN time_zone VARCHAR(60) DEFAULT 'UTC' NOT NULL;

CREATE TABLE chats (
    id                      BIGINT NOT NULL,
    version                 BIGINT NOT NULL,
    created_at              ${timestamp} NOT NULL,
    updated_at              ${timestamp} NOT NULL,
    match_id                BIGINT NOT NULL,
    status                  VARCHAR(15) NOT NULL,
    duration_minutes        INT NOT NULL,
    starts_at               ${timestamp},
    ends_at                 ${timestamp},
    sequence_no             INT NOT NULL,
    note                    VARCHAR(1000),
    note_by_giver           BOOLEAN,
    giver_says_happened     BOOLEAN,
    requester_says_happened BOOLEAN,
    asked_at                ${timestamp},
    PRIMARY KEY (id),
    CONSTRAINT uq_chats_match UNIQUE (match_id),
    CONSTRAINT fk_chats_match FOREIGN KEY (match_id) REFERENCES matches (id),
    CONSTRAINT ck_chats_duration CHECK (duration_minutes BETWEEN 15 AND 60)
) ${table_options};
-- The after-the-chat question: scheduled chats that ended and were not asked about yet.
CREATE INDEX ix_chats_status_ends ON chats (status, ends_at);

CREATE TABLE chat_slots (
    id         BIGINT NOT NULL,
    created_at ${timestamp} NOT NULL,
    updated_at ${timestamp} NOT NULL,
    chat_id    BIGINT NOT NULL,
    starts_at  ${timestamp} NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_chat_slots_chat FOREIGN KEY (chat_id) REFERENCES chats (id) ON DELETE CASCADE
) ${table_options};
