-- Introductions, conversations with messages, and notifications that reach people by email.

-- What a member shares with people they are introduced to, when they last resumed giving
-- (auto-pause counts only proposals after it), and the day of their last digest (the claim that
-- sends each digest once, whatever the number of instances).
ALTER TABLE members ADD COLUMN contact_details VARCHAR(300);
ALTER TABLE members ADD COLUMN giving_resumed_at ${timestamp};
ALTER TABLE members ADD COLUMN digest_sent_on DATE;

-- Nudges: each is sent once, claimed by setting these.
ALTER TABLE matches ADD COLUMN reminded_at ${timestamp};
ALTER TABLE help_requests ADD COLUMN tips_sent_at ${timestamp};
CREATE INDEX ix_matches_status_proposed ON matches (status, proposed_at);
CREATE INDEX ix_help_requests_status_created ON help_requests (status, created_at);

-- Email delivery of a notification: NONE, QUEUED (send now), DIGEST (wait for the daily digest),
-- SENT, DIGESTED, FAILED.
ALTER TABLE notifications ADD COLUMN introduction_id BIGINT;
ALTER TABLE notifications ADD COLUMN conversation_id BIGINT;
ALTER TABLE notifications ADD COLUMN mail_status VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE notifications ADD COLUMN mail_attempts INT DEFAULT 0 NOT NULL;
CREATE INDEX ix_notifications_mail ON notifications (mail_status, recipient_id);
-- A member's latest notifications (the bell's list), and their digest up to an id.
CREATE INDEX ix_notifications_recipient_id ON notifications (recipient_id, id);

-- A member's choice per notification type; no row means "immediately".
CREATE TABLE notification_preferences (
    member_id BIGINT NOT NULL,
    type      VARCHAR(30) NOT NULL,
    delivery  VARCHAR(15) NOT NULL,
    PRIMARY KEY (member_id, type),
    CONSTRAINT fk_notification_preferences_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE introductions (
    id              BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    created_at      ${timestamp} NOT NULL,
    updated_at      ${timestamp} NOT NULL,
    introducer_id   BIGINT NOT NULL,
    seeker_id       BIGINT NOT NULL,
    contact_id      BIGINT NOT NULL,
    match_id        BIGINT,
    blurb           VARCHAR(1000) NOT NULL,
    seeker_agreed   BOOLEAN NOT NULL,
    contact_agreed  BOOLEAN NOT NULL,
    status          VARCHAR(10) NOT NULL,
    expires_at      ${timestamp} NOT NULL,
    decided_at      ${timestamp},
    PRIMARY KEY (id),
    CONSTRAINT fk_introductions_introducer FOREIGN KEY (introducer_id) REFERENCES members (id),
    CONSTRAINT fk_introductions_seeker FOREIGN KEY (seeker_id) REFERENCES members (id),
    CONSTRAINT fk_introductions_contact FOREIGN KEY (contact_id) REFERENCES members (id),
    CONSTRAINT fk_introductions_match FOREIGN KEY (match_id) REFERENCES matches (id)
) ${table_options};
CREATE INDEX ix_introductions_introducer ON introductions (introducer_id);
CREATE INDEX ix_introductions_seeker ON introductions (seeker_id, status);
CREATE INDEX ix_introductions_contact ON introductions (contact_id, status);
CREATE INDEX ix_introductions_status_expires ON introductions (status, expires_at);

-- A private thread between two members: one per match (giver and requester), one per accepted
-- introduction. The read markers are the id of the last message each of them has seen.
CREATE TABLE conversations (
    id               BIGINT NOT NULL,
    created_at       ${timestamp} NOT NULL,
    updated_at       ${timestamp} NOT NULL,
    match_id         BIGINT,
    introduction_id  BIGINT,
    first_member_id  BIGINT NOT NULL,
    second_member_id BIGINT NOT NULL,
    first_read_upto  BIGINT NOT NULL,
    second_read_upto BIGINT NOT NULL,
    last_message_id  BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conversations_match UNIQUE (match_id),
    CONSTRAINT uq_conversations_introduction UNIQUE (introduction_id),
    CONSTRAINT fk_conversations_match FOREIGN KEY (match_id) REFERENCES matches (id),
    CONSTRAINT fk_conversations_introduction FOREIGN KEY (introduction_id) REFERENCES introductions (id),
    CONSTRAINT fk_conversations_first FOREIGN KEY (first_member_id) REFERENCES members (id),
    CONSTRAINT fk_conversations_second FOREIGN KEY (second_member_id) REFERENCES members (id)
) ${table_options};
CREATE INDEX ix_conversations_first ON conversations (first_member_id);
CREATE INDEX ix_conversations_second ON conversations (second_member_id);

CREATE TABLE messages (
    id              BIGINT NOT NULL,
    created_at      ${timestamp} NOT NULL,
    updated_at      ${timestamp} NOT NULL,
    conversation_id BIGINT NOT NULL,
    sender_id       BIGINT NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_messages_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_messages_sender FOREIGN KEY (sender_id) REFERENCES members (id)
) ${table_options};
CREATE INDEX ix_messages_conversation ON messages (conversation_id, id);

-- Secrets the application signs with (the unsubscribe links of emails), made once per database so
-- every instance of a cluster signs alike.
CREATE TABLE app_secrets (
    name   VARCHAR(40) NOT NULL,
    secret VARCHAR(100) NOT NULL,
    PRIMARY KEY (name)
) ${table_options};
INSERT INTO app_secrets (name, secret) VALUES ('mail-links', '${random_secret}');
