package org.givefirst.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.givefirst.domain.shared.TimestampedEntity;

import java.time.Instant;
import java.util.Objects;

/**
 * A password-reset link sent to a member. Only the SHA-256 of its token is kept, so the database
 * alone opens no account. Using it is a guarded update ({@link #USE}): once, and before it expires.
 */
@Entity
@Table(name = "password_resets")
@NamedQuery(name = PasswordReset.FIND_USABLE,
        query = "SELECT r FROM PasswordReset r JOIN FETCH r.member WHERE r.tokenHash = :tokenHash"
                + " AND r.usedAt IS NULL AND r.expiresAt > :now")
@NamedQuery(name = PasswordReset.USE,
        query = "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.id = :id AND r.usedAt IS NULL AND r.expiresAt > :now")
@NamedQuery(name = PasswordReset.RETIRE_OTHERS,
        query = "UPDATE PasswordReset r SET r.usedAt = :now WHERE r.member.id = :memberId AND r.usedAt IS NULL")
public class PasswordReset extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_USABLE = "PasswordReset.findUsable";
    /** Unused and unexpired → used: 1 row for the first use, 0 for any other. */
    public static final String USE = "PasswordReset.use";
    /** The member's other open links die with a password change. */
    public static final String RETIRE_OTHERS = "PasswordReset.retireOthers";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(Member member, String tokenHash, Instant expiresAt) {
        this.member = Objects.requireNonNull(member, "member");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public Member getMember() {
        return member;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
