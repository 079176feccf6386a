-- Members and their skills.
-- Runs on H2 and on MySQL/MariaDB alike: the differences are placeholders set by SchemaMigration
-- (${timestamp}: a second-precision-safe timestamp type; ${table_options}: utf8mb4 on MySQL).

-- Ids of all entities, handed out by JPA in blocks (see IdentifiedEntity).
CREATE TABLE id_sequences (
    seq_name  VARCHAR(50) NOT NULL,
    seq_value BIGINT NOT NULL,
    PRIMARY KEY (seq_name)
) ${table_options};
INSERT INTO id_sequences (seq_name, seq_value) VALUES ('entity', 0);

CREATE TABLE members (
    id                     BIGINT NOT NULL,
    version                BIGINT NOT NULL,
    created_at             ${timestamp} NOT NULL,
    updated_at             ${timestamp} NOT NULL,
    email                  VARCHAR(254) NOT NULL,
    password_hash          VARCHAR(512) NOT NULL,
    display_name           VARCHAR(80) NOT NULL,
    headline               VARCHAR(120),
    bio                    VARCHAR(2000),
    location               VARCHAR(80),
    guidelines_accepted_at ${timestamp} NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_members_email UNIQUE (email)
) ${table_options};

CREATE TABLE member_skills (
    member_id BIGINT NOT NULL,
    skill     VARCHAR(40) NOT NULL,
    PRIMARY KEY (member_id, skill),
    CONSTRAINT fk_member_skills_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_member_skills_skill ON member_skills (skill);
