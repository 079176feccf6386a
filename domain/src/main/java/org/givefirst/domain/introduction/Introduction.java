package org.givefirst.domain.introduction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;

import java.time.Instant;
import java.util.Objects;

/**
 * An introducer proposes that the seeker (who wants to meet someone) and the contact (the person
 * worth meeting) should talk, with a blurb on why. Double opt-in: the introduction happens only
 * when both agreed; a seeker who asked for it through an INTRODUCTION request has agreed already.
 * Until then nobody learns anything about the other's answer: a decline reads "not this time" to
 * everyone, without saying whose it was.
 */
@Entity
@Table(name = "introductions")
@NamedQuery(name = Introduction.FIND_FOR_MEMBER,
        query = "SELECT i FROM Introduction i JOIN FETCH i.introducer JOIN FETCH i.seeker JOIN FETCH i.contact"
                + " WHERE i.introducer.id = :memberId OR i.seeker.id = :memberId OR i.contact.id = :memberId ORDER BY i.id DESC")
@NamedQuery(name = Introduction.FIND_WITH_PEOPLE,
        query = "SELECT i FROM Introduction i JOIN FETCH i.introducer JOIN FETCH i.seeker JOIN FETCH i.contact WHERE i.id = :id")
@NamedQuery(name = Introduction.COUNT_OPEN_BETWEEN,
        query = "SELECT COUNT(i) FROM Introduction i WHERE i.status IN (org.givefirst.domain.introduction.IntroductionStatus.PENDING,"
                + " org.givefirst.domain.introduction.IntroductionStatus.ACCEPTED)"
                + " AND ((i.seeker.id = :a AND i.contact.id = :b) OR (i.seeker.id = :b AND i.contact.id = :a))")
@NamedQuery(name = Introduction.FIND_DUE,
        query = "SELECT i.id FROM Introduction i WHERE i.status = org.givefirst.domain.introduction.IntroductionStatus.PENDING"
                + " AND i.expiresAt <= :now ORDER BY i.id")
@NamedQuery(name = Introduction.EXPIRE_DUE,
        query = "UPDATE Introduction i SET i.status = org.givefirst.domain.introduction.IntroductionStatus.EXPIRED,"
                + " i.decidedAt = :now, i.version = i.version + 1 WHERE i.id = :id"
                + " AND i.status = org.givefirst.domain.introduction.IntroductionStatus.PENDING AND i.expiresAt <= :now")
public class Introduction extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_MEMBER = "Introduction.findForMember";
    public static final String FIND_WITH_PEOPLE = "Introduction.findWithPeople";
    /** Pending or made introductions between two people, whichever way round. */
    public static final String COUNT_OPEN_BETWEEN = "Introduction.countOpenBetween";
    public static final String FIND_DUE = "Introduction.findDue";
    /** PENDING → EXPIRED when due: one instance wins, and only if nobody answered first. */
    public static final String EXPIRE_DUE = "Introduction.expireDue";

    public static final int BLURB_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "introducer_id", nullable = false, updatable = false)
    private Member introducer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seeker_id", nullable = false, updatable = false)
    private Member seeker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false, updatable = false)
    private Member contact;

    /** The accepted INTRODUCTION match this gives, if it came from one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "match_id", updatable = false)
    private Match match;

    @Column(name = "blurb", nullable = false, length = BLURB_MAX, updatable = false)
    private String blurb;

    @Column(name = "seeker_agreed", nullable = false)
    private boolean seekerAgreed;

    @Column(name = "contact_agreed", nullable = false)
    private boolean contactAgreed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private IntroductionStatus status = IntroductionStatus.PENDING;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Introduction() {
        // for JPA
    }

    /**
     * A proposed introduction, open until {@code expiresAt}.
     *
     * @param match the INTRODUCTION match the seeker asked through (then the seeker has agreed), or null
     */
    public Introduction(Member introducer, Member seeker, Member contact, Match match, String blurb, Instant expiresAt) {
        this.introducer = Objects.requireNonNull(introducer, "introducer");
        this.seeker = Objects.requireNonNull(seeker, "seeker");
        this.contact = Objects.requireNonNull(contact, "contact");
        if (seeker.equals(contact)) {
            throw new InvalidValueException("seeker", "validation.introduction.samePerson");
        }
        if (introducer.equals(contact)) {
            throw new InvalidValueException("contact", "validation.introduction.notYourself");
        }
        if (introducer.equals(seeker)) {
            throw new InvalidValueException("seeker", "validation.introduction.notYourself");
        }
        String cleanBlurb = Texts.required(blurb, BLURB_MAX, "blurb", "validation.introduction.blurb.required",
                "validation.introduction.blurb.tooLong");
        this.blurb = cleanBlurb;
        this.match = match;
        this.seekerAgreed = match != null;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * One of the two people agrees. Returns true when that made the introduction: both have agreed.
     *
     * @throws IntroductionNotPendingException when it was answered already or expired
     */
    public boolean agree(long memberId, Instant now) {
        requireOpen(now);
        if (isSeeker(memberId)) {
            seekerAgreed = true;
        } else if (isContact(memberId)) {
            contactAgreed = true;
        } else {
            throw new IllegalArgumentException("member " + memberId + " is not asked");
        }
        if (seekerAgreed && contactAgreed) {
            status = IntroductionStatus.ACCEPTED;
            decidedAt = now;
            return true;
        }
        return false;
    }

    /** One of the two people declines; nobody is told who. */
    public void decline(long memberId, Instant now) {
        requireOpen(now);
        if (!isSeeker(memberId) && !isContact(memberId)) {
            throw new IllegalArgumentException("member " + memberId + " is not asked");
        }
        status = IntroductionStatus.DECLINED;
        decidedAt = now;
    }

    private void requireOpen(Instant now) {
        if (status != IntroductionStatus.PENDING || !now.isBefore(expiresAt)) {
            throw new IntroductionNotPendingException();
        }
    }

    /** Whether this member still has to answer. */
    public boolean awaitsAnswerFrom(long memberId) {
        return status == IntroductionStatus.PENDING
                && (isSeeker(memberId) && !seekerAgreed || isContact(memberId) && !contactAgreed);
    }

    public boolean involves(long memberId) {
        return isIntroducer(memberId) || isSeeker(memberId) || isContact(memberId);
    }

    public boolean isIntroducer(long memberId) {
        return introducer.getId() == memberId;
    }

    public boolean isSeeker(long memberId) {
        return seeker.getId() == memberId;
    }

    public boolean isContact(long memberId) {
        return contact.getId() == memberId;
    }

    /** The other one of the two people introduced, seen from one of them. */
    public Member otherPerson(long memberId) {
        return isSeeker(memberId) ? contact : seeker;
    }

    public Member getIntroducer() {
        return introducer;
    }

    public Member getSeeker() {
        return seeker;
    }

    public Member getContact() {
        return contact;
    }

    public Match getMatch() {
        return match;
    }

    public String getBlurb() {
        return blurb;
    }

    public boolean isSeekerAgreed() {
        return seekerAgreed;
    }

    public boolean isContactAgreed() {
        return contactAgreed;
    }

    public IntroductionStatus getStatus() {
        return status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
