-- The giving loop: offers, help requests, matches (with the written reference), notifications.

CREATE TABLE offers (
    id              BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    created_at      ${timestamp} NOT NULL,
    updated_at      ${timestamp} NOT NULL,
    giver_id        BIGINT NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    title           VARCHAR(120) NOT NULL,
    description     VARCHAR(2000),
    capacity        INT NOT NULL,
    status          VARCHAR(10) NOT NULL,
    used_this_month INT NOT NULL,
    usage_month     INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_offers_giver FOREIGN KEY (giver_id) REFERENCES members (id),
    CONSTRAINT ck_offers_capacity CHECK (capacity BETWEEN 1 AND 20),
    CONSTRAINT ck_offers_used CHECK (used_this_month <= capacity)
) ${table_options};
CREATE INDEX ix_offers_giver ON offers (giver_id, status);
CREATE INDEX ix_offers_kind_status ON offers (kind, status);

CREATE TABLE offer_tags (
    offer_id BIGINT NOT NULL,
    tag      VARCHAR(40) NOT NULL,
    PRIMARY KEY (offer_id, tag),
    CONSTRAINT fk_offer_tags_offer FOREIGN KEY (offer_id) REFERENCES offers (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_offer_tags_tag ON offer_tags (tag);

-- The significant words of each offer's title and description: matching looks offers up by word.
CREATE TABLE offer_words (
    offer_id BIGINT NOT NULL,
    word     VARCHAR(40) NOT NULL,
    PRIMARY KEY (offer_id, word),
    CONSTRAINT fk_offer_words_offer FOREIGN KEY (offer_id) REFERENCES offers (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_offer_words_word ON offer_words (word);

CREATE TABLE help_requests (
    id              BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    created_at      ${timestamp} NOT NULL,
    updated_at      ${timestamp} NOT NULL,
    requester_id    BIGINT NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    title           VARCHAR(120) NOT NULL,
    details         VARCHAR(2000),
    needed_by       DATE,
    givers_wanted   INT NOT NULL,
    accepted_count  INT NOT NULL,
    completed_count INT NOT NULL,
    status          VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_help_requests_requester FOREIGN KEY (requester_id) REFERENCES members (id),
    CONSTRAINT ck_help_requests_accepted CHECK (accepted_count <= givers_wanted)
) ${table_options};
CREATE INDEX ix_help_requests_requester ON help_requests (requester_id, status);
CREATE INDEX ix_help_requests_kind_status ON help_requests (kind, status);

CREATE TABLE request_tags (
    request_id BIGINT NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (request_id, tag),
    CONSTRAINT fk_request_tags_request FOREIGN KEY (request_id) REFERENCES help_requests (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE matches (
    id                 BIGINT NOT NULL,
    version            BIGINT NOT NULL,
    created_at         ${timestamp} NOT NULL,
    updated_at         ${timestamp} NOT NULL,
    request_id         BIGINT NOT NULL,
    offer_id           BIGINT NOT NULL,
    giver_id           BIGINT NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    score              DOUBLE PRECISION NOT NULL,
    matched_tags       VARCHAR(400),
    matched_words      VARCHAR(400),
    status             VARCHAR(10) NOT NULL,
    proposed_at        ${timestamp} NOT NULL,
    expires_at         ${timestamp} NOT NULL,
    decided_at         ${timestamp},
    completed_at       ${timestamp},
    decline_reason     VARCHAR(1000),
    decline_suggestion VARCHAR(1000),
    thanks_note        VARCHAR(1000),
    ref_how_known      VARCHAR(500),
    ref_strengths      VARCHAR(2000),
    ref_example        VARCHAR(2000),
    ref_for_role       VARCHAR(120),
    ref_submitted_at   ${timestamp},
    ref_shown          BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_matches_request_offer UNIQUE (request_id, offer_id),
    CONSTRAINT fk_matches_request FOREIGN KEY (request_id) REFERENCES help_requests (id),
    CONSTRAINT fk_matches_offer FOREIGN KEY (offer_id) REFERENCES offers (id),
    CONSTRAINT fk_matches_giver FOREIGN KEY (giver_id) REFERENCES members (id)
) ${table_options};
CREATE INDEX ix_matches_giver_status ON matches (giver_id, status);
CREATE INDEX ix_matches_status_expires ON matches (status, expires_at);
CREATE INDEX ix_matches_giver_decided ON matches (giver_id, decided_at);
CREATE INDEX ix_matches_status_completed ON matches (status, completed_at);
CREATE INDEX ix_matches_decided ON matches (decided_at);

CREATE TABLE notifications (
    id           BIGINT NOT NULL,
    created_at   ${timestamp} NOT NULL,
    updated_at   ${timestamp} NOT NULL,
    recipient_id BIGINT NOT NULL,
    type         VARCHAR(30) NOT NULL,
    match_id     BIGINT,
    request_id   BIGINT,
    subject      VARCHAR(120),
    actor        VARCHAR(80),
    read_flag    BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notifications_recipient FOREIGN KEY (recipient_id) REFERENCES members (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_notifications_recipient ON notifications (recipient_id, read_flag);
