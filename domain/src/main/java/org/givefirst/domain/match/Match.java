package org.givefirst.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A help request paired with an offer. Created PROPOSED with a score and the reasons (the tags and
 * words the two share); the giver accepts or declines; once given, the requester thanks the giver
 * and the match is COMPLETED. Accepting and expiring are guarded updates ({@link #ACCEPT},
 * {@link #EXPIRE_DUE}) because several people — or several instances — may act on one match at once.
 */
@Entity
@Table(name = "matches", uniqueConstraints = @UniqueConstraint(name = "uq_matches_request_offer",
        columnNames = {"request_id", "offer_id"}))
// EclipseLink ignores a JOIN FETCH through another fetch's alias (r.requester): nested fetches are hints.
@NamedQuery(name = Match.FIND_FOR_GIVER,
        query = "SELECT m FROM Match m JOIN FETCH m.request JOIN FETCH m.offer WHERE m.giver.id = :giverId"
                + " AND m.status IN :statuses ORDER BY m.id DESC",
        hints = {@QueryHint(name = "eclipselink.join-fetch", value = "m.request.requester"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "m.request.tags")})
// The dashboard's lines of the inbox: no entities, only what a line shows.
@NamedQuery(name = Match.FIND_INBOX_LINES,
        query = "SELECT m.id, m.status, r.title FROM Match m JOIN m.request r WHERE m.giver.id = :memberId"
                + " AND m.status IN (org.givefirst.domain.match.MatchStatus.PROPOSED,"
                + " org.givefirst.domain.match.MatchStatus.ACCEPTED) ORDER BY m.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.DASHBOARD_LINES_AND_ONE))
@NamedQuery(name = Match.FIND_FOR_REQUEST,
        query = "SELECT m FROM Match m JOIN FETCH m.giver JOIN FETCH m.offer WHERE m.request.id = :requestId ORDER BY m.id")
@NamedQuery(name = Match.FIND_WITH_PARTIES,
        query = "SELECT m FROM Match m JOIN FETCH m.request JOIN FETCH m.giver JOIN FETCH m.offer WHERE m.id = :id",
        hints = @QueryHint(name = "eclipselink.join-fetch", value = "m.request.requester"))
@NamedQuery(name = Match.COUNT_PROPOSED_FOR_REQUESTS,
        query = "SELECT m.request.id, COUNT(m) FROM Match m WHERE m.request.id IN :requestIds"
                + " AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED GROUP BY m.request.id")
@NamedQuery(name = Match.FIND_GIVERS_ASKED,
        query = "SELECT m.request.id, m.giver.id FROM Match m WHERE m.request.id IN :requestIds AND m.giver.id IN :giverIds")
@NamedQuery(name = Match.COUNT_PROPOSED_FOR_REQUEST,
        query = "SELECT COUNT(m) FROM Match m WHERE m.request.id = :requestId AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED")
@NamedQuery(name = Match.ACCEPT,
        query = "UPDATE Match m SET m.status = org.givefirst.domain.match.MatchStatus.ACCEPTED, m.decidedAt = :now,"
                + " m.version = m.version + 1 WHERE m.id = :id AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED")
@NamedQuery(name = Match.WITHDRAW_PROPOSED_OF_REQUEST,
        query = "UPDATE Match m SET m.status = org.givefirst.domain.match.MatchStatus.WITHDRAWN, m.decidedAt = :now,"
                + " m.version = m.version + 1 WHERE m.request.id = :requestId AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED")
@NamedQuery(name = Match.FIND_PROPOSED_BETWEEN,
        query = "SELECT m.id, m.request.id FROM Match m WHERE m.status = org.givefirst.domain.match.MatchStatus.PROPOSED"
                + " AND ((m.giver.id = :a AND m.request.requester.id = :b) OR (m.giver.id = :b AND m.request.requester.id = :a))")
@NamedQuery(name = Match.FIND_PROPOSED_INVOLVING,
        query = "SELECT m.id, m.request.id FROM Match m WHERE m.status = org.givefirst.domain.match.MatchStatus.PROPOSED"
                + " AND (m.giver.id = :memberId OR m.request.requester.id = :memberId)")
@NamedQuery(name = Match.COUNT_OF_GIVER_FOR_REQUEST,
        query = "SELECT COUNT(m) FROM Match m WHERE m.request.id = :requestId AND m.giver.id = :giverId")
@NamedQuery(name = Match.COUNT_BETWEEN,
        query = "SELECT COUNT(m) FROM Match m WHERE (m.giver.id = :a AND m.request.requester.id = :b)"
                + " OR (m.giver.id = :b AND m.request.requester.id = :a)")
@NamedQuery(name = Match.FIND_MATCHED_AMONG,
        query = "SELECT DISTINCT m.giver.id FROM Match m WHERE m.request.requester.id = :memberId AND m.giver.id IN :ids")
@NamedQuery(name = Match.FIND_MATCHED_AMONG_REQUESTERS,
        query = "SELECT DISTINCT m.request.requester.id FROM Match m WHERE m.giver.id = :memberId AND m.request.requester.id IN :ids")
@NamedQuery(name = Match.WITHDRAW_PROPOSED,
        query = "UPDATE Match m SET m.status = org.givefirst.domain.match.MatchStatus.WITHDRAWN, m.decidedAt = :now,"
                + " m.version = m.version + 1 WHERE m.id IN :ids AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED")
@NamedQuery(name = Match.WITHDRAW_PROPOSED_OF_OFFER,
        query = "UPDATE Match m SET m.status = org.givefirst.domain.match.MatchStatus.WITHDRAWN, m.decidedAt = :now,"
                + " m.version = m.version + 1 WHERE m.offer.id = :offerId AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED")
@NamedQuery(name = Match.WITHDRAW_PROPOSED_OF_EXPIRED_REQUESTS,
        query = "UPDATE Match m SET m.status = org.givefirst.domain.match.MatchStatus.WITHDRAWN, m.decidedAt = :now,"
                + " m.version = m.version + 1 WHERE m.status = org.givefirst.domain.match.MatchStatus.PROPOSED"
                + " AND m.request.id IN (SELECT r.id FROM HelpRequest r WHERE r.status = org.givefirst.domain.request.RequestStatus.EXPIRED)")
@NamedQuery(name = Match.FIND_DUE,
        query = "SELECT m.id FROM Match m WHERE m.status = org.givefirst.domain.match.MatchStatus.PROPOSED AND m.expiresAt <= :now ORDER BY m.id")
@NamedQuery(name = Match.EXPIRE_DUE,
        query = "UPDATE Match m SET m.status = org.givefirst.domain.match.MatchStatus.EXPIRED, m.decidedAt = :now,"
                + " m.version = m.version + 1 WHERE m.id = :id AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED"
                + " AND m.expiresAt <= :now")
@NamedQuery(name = Match.GIVER_LOAD_SINCE,
        query = "SELECT m.giver.id, COUNT(m) FROM Match m WHERE m.giver.id IN :giverIds AND m.decidedAt >= :since"
                + " AND m.status IN (org.givefirst.domain.match.MatchStatus.ACCEPTED, org.givefirst.domain.match.MatchStatus.COMPLETED)"
                + " GROUP BY m.giver.id")
// One statement for a profile's two columns: 0 = given by the member, 1 = received.
// SQL, because EclipseLink writes the parameters of a JPQL UNION into its text: each member's
// profile was a statement of its own, which H2 parsed and planned on every view. The UNION is a
// derived table because H2 keeps no UNION in its statement cache, only a SELECT.
@NamedNativeQuery(name = Match.COUNT_GIVEN_AND_RECEIVED_BY_KIND,
        query = "SELECT side, kind, n FROM ("
                + "SELECT 0 AS side, kind, COUNT(*) AS n FROM matches WHERE giver_id = ?1 AND status = 'COMPLETED' GROUP BY kind"
                + " UNION ALL SELECT 1, m.kind, COUNT(*) FROM matches m JOIN help_requests r ON r.id = m.request_id"
                + " WHERE r.requester_id = ?1 AND m.status = 'COMPLETED' GROUP BY m.kind) giving")
@NamedQuery(name = Match.COUNT_GIVEN,
        query = "SELECT COUNT(m) FROM Match m WHERE m.giver.id = :memberId AND m.status IN"
                + " (org.givefirst.domain.match.MatchStatus.ACCEPTED, org.givefirst.domain.match.MatchStatus.COMPLETED)")
@NamedQuery(name = Match.FIND_RECENT_COMPLETED,
        // Read newest first from the (completed_at DESC, id DESC) index, stopping at the last row
        // wanted. Only a completed match has a completion time (thank), so the time alone says
        // "completed": with the status in the condition, H2 chose the status index and sorted.
        query = "SELECT m FROM Match m JOIN FETCH m.giver JOIN FETCH m.request"
                + " WHERE m.completedAt >= :since ORDER BY m.completedAt DESC, m.id DESC",
        hints = {@QueryHint(name = "eclipselink.join-fetch", value = "m.request.requester"),
                @QueryHint(name = ReadLimit.HINT, value = ReadLimit.UNLIMITED)})
@NamedQuery(name = Match.FIND_SHOWN_RECOMMENDATIONS,
        query = "SELECT m FROM Match m JOIN FETCH m.giver WHERE m.request.requester.id = :memberId"
                + " AND m.referenceShown = TRUE AND m.referenceSubmittedAt IS NOT NULL ORDER BY m.id DESC")
@NamedQuery(name = Match.FIND_UNANSWERED_SINCE,
        query = "SELECT m.id FROM Match m WHERE m.status = org.givefirst.domain.match.MatchStatus.PROPOSED"
                + " AND m.remindedAt IS NULL AND m.proposedAt <= :before ORDER BY m.id")
@NamedQuery(name = Match.CLAIM_REMINDER,
        query = "UPDATE Match m SET m.remindedAt = :now WHERE m.id = :id"
                + " AND m.status = org.givefirst.domain.match.MatchStatus.PROPOSED AND m.remindedAt IS NULL")
@NamedQuery(name = Match.FIND_LATEST_ANSWERS_OF_GIVER,
        query = "SELECT m.status FROM Match m WHERE m.giver.id = :giverId AND m.proposedAt > :since"
                + " AND m.status IN (org.givefirst.domain.match.MatchStatus.ACCEPTED, org.givefirst.domain.match.MatchStatus.DECLINED,"
                + " org.givefirst.domain.match.MatchStatus.EXPIRED, org.givefirst.domain.match.MatchStatus.COMPLETED)"
                + " ORDER BY m.proposedAt DESC, m.id DESC")
@NamedQuery(name = Match.FIND_CONNECTED_MEMBERS,
        query = "SELECT DISTINCT r.requester FROM Match m JOIN m.request r WHERE m.giver.id = :memberId"
                + " AND m.status IN (org.givefirst.domain.match.MatchStatus.ACCEPTED, org.givefirst.domain.match.MatchStatus.COMPLETED)")
@NamedQuery(name = Match.FIND_CONNECTED_GIVERS,
        query = "SELECT DISTINCT m.giver FROM Match m WHERE m.request.requester.id = :memberId"
                + " AND m.status IN (org.givefirst.domain.match.MatchStatus.ACCEPTED, org.givefirst.domain.match.MatchStatus.COMPLETED)")
@NamedQuery(name = Match.FIND_OPEN_INTRODUCTION_REQUEST,
        query = "SELECT m FROM Match m WHERE m.giver.id = :giverId AND m.request.requester.id = :requesterId"
                + " AND m.kind = org.givefirst.domain.shared.HelpKind.INTRODUCTION"
                + " AND m.status = org.givefirst.domain.match.MatchStatus.ACCEPTED ORDER BY m.id")
public class Match extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_GIVER = "Match.findForGiver";
    /** Rows of (id, status, request title) of a giver's open proposals and accepted matches, newest first. */
    public static final String FIND_INBOX_LINES = "Match.findInboxLines";
    public static final String FIND_FOR_REQUEST = "Match.findForRequest";
    public static final String FIND_WITH_PARTIES = "Match.findWithParties";
    public static final String COUNT_PROPOSED_FOR_REQUEST = "Match.countProposedForRequest";
    /** PROPOSED → ACCEPTED, only if still proposed: 1 row, or 0 when someone else got there first. */
    public static final String ACCEPT = "Match.accept";
    public static final String WITHDRAW_PROPOSED_OF_REQUEST = "Match.withdrawProposedOfRequest";
    /** Open proposals between two members, either way: [match id, request id]. */
    public static final String FIND_PROPOSED_BETWEEN = "Match.findProposedBetween";
    /** Open proposals a member gives or receives: [match id, request id]. */
    public static final String FIND_PROPOSED_INVOLVING = "Match.findProposedInvolving";
    /** Matches between two members, either way, in any state: "matched with" for profile privacy. */
    public static final String COUNT_BETWEEN = "Match.countBetween";
    /** Of these members, those who were ever asked to help this one. */
    public static final String FIND_MATCHED_AMONG = "Match.findMatchedAmong";
    /** Of these members, those this one was ever asked to help. */
    public static final String FIND_MATCHED_AMONG_REQUESTERS = "Match.findMatchedAmongRequesters";
    /** Whether this giver was ever asked for this request (and so has seen it). */
    public static final String COUNT_OF_GIVER_FOR_REQUEST = "Match.countOfGiverForRequest";
    /** These proposals, where still open: a block came between their two members, or one was suspended. */
    public static final String WITHDRAW_PROPOSED = "Match.withdrawProposed";
    /** A closed offer's open proposals: nobody can accept them any more. */
    public static final String WITHDRAW_PROPOSED_OF_OFFER = "Match.withdrawProposedOfOffer";
    public static final String WITHDRAW_PROPOSED_OF_EXPIRED_REQUESTS = "Match.withdrawProposedOfExpiredRequests";
    public static final String FIND_DUE = "Match.findDue";
    /** PROPOSED → EXPIRED when due: the claim that lets every instance run the expiry job safely. */
    public static final String EXPIRE_DUE = "Match.expireDue";
    public static final String GIVER_LOAD_SINCE = "Match.giverLoadSince";
    /** Open proposals per request, for several requests at once: (request id, count). */
    public static final String COUNT_PROPOSED_FOR_REQUESTS = "Match.countProposedForRequests";
    /** Which of these givers were asked for which of these requests, whatever came of it: (request id, giver id). */
    public static final String FIND_GIVERS_ASKED = "Match.findGiversAsked";
    /** Rows of (0 for given or 1 for received, kind, count) of a member's completed matches. */
    public static final String COUNT_GIVEN_AND_RECEIVED_BY_KIND = "Match.countGivenAndReceivedByKind";
    public static final String COUNT_GIVEN = "Match.countGiven";
    /** Matches completed since :since, the latest first. */
    public static final String FIND_RECENT_COMPLETED = "Match.findRecentCompleted";
    public static final String FIND_SHOWN_RECOMMENDATIONS = "Match.findShownRecommendations";
    public static final String FIND_UNANSWERED_SINCE = "Match.findUnansweredSince";
    /** Reminds the giver of an open proposal once: 1 row for the first instance to claim it. */
    public static final String CLAIM_REMINDER = "Match.claimReminder";
    /** How a giver answered their latest proposals (withdrawn ones were not theirs to answer). */
    public static final String FIND_LATEST_ANSWERS_OF_GIVER = "Match.findLatestAnswersOfGiver";
    /** The requesters a member gave to, and the givers who gave to a member. */
    public static final String FIND_CONNECTED_MEMBERS = "Match.findConnectedMembers";
    public static final String FIND_CONNECTED_GIVERS = "Match.findConnectedGivers";
    /** The accepted INTRODUCTION matches in which a giver still has to introduce a requester. */
    public static final String FIND_OPEN_INTRODUCTION_REQUEST = "Match.findOpenIntroductionRequest";

    public static final int REASONS_MAX = 400;
    public static final int NOTE_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private HelpRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    /** The offer's giver, kept on the match for the giver's inbox and their counts. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "giver_id", nullable = false, updatable = false)
    private Member giver;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private HelpKind kind;

    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "matched_tags", length = REASONS_MAX)
    private String matchedTags;

    @Column(name = "matched_words", length = REASONS_MAX)
    private String matchedWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MatchStatus status = MatchStatus.PROPOSED;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "decline_reason", length = NOTE_MAX)
    private String declineReason;

    @Column(name = "decline_suggestion", length = NOTE_MAX)
    private String declineSuggestion;

    @Column(name = "thanks_note", length = NOTE_MAX)
    private String thanksNote;

    @Embedded
    private WrittenReference reference;

    @Column(name = "ref_submitted_at")
    private Instant referenceSubmittedAt;

    @Column(name = "ref_shown", nullable = false)
    private boolean referenceShown;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Match() {
        // for JPA
    }

    /** A proposal to the offer's giver, open until {@code expiresAt}. */
    public Match(HelpRequest request, Offer offer, double score, List<String> matchedTags, List<String> matchedWords,
                 Instant now, Instant expiresAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.offer = Objects.requireNonNull(offer, "offer");
        this.giver = offer.getGiver();
        this.kind = request.getKind();
        this.score = score;
        this.matchedTags = join(matchedTags);
        this.matchedWords = join(matchedWords);
        this.proposedAt = now;
        this.expiresAt = expiresAt;
    }

    private static String join(List<String> values) {
        String joined = String.join(",", values);
        while (joined.length() > REASONS_MAX) { // keep whole entries
            joined = joined.substring(0, joined.lastIndexOf(','));
        }
        return joined.isEmpty() ? null : joined;
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    /** The giver declines, optionally saying why and who else could help. */
    public void decline(String reason, String suggestion, Instant now) {
        requireStatus(MatchStatus.PROPOSED);
        String cleanReason = Texts.cleanWithin(reason, NOTE_MAX, "reason", "validation.note.tooLong");
        String cleanSuggestion = Texts.cleanWithin(suggestion, NOTE_MAX, "suggestion", "validation.note.tooLong");
        status = MatchStatus.DECLINED;
        declineReason = cleanReason;
        declineSuggestion = cleanSuggestion;
        decidedAt = now;
    }

    /** The giver delivers the written reference or recommendation of an accepted match. */
    public void writeReference(WrittenReference written, Instant now) {
        requireStatus(MatchStatus.ACCEPTED);
        if (!kind.isWritten()) {
            throw new MatchNotInThatStateException();
        }
        if (referenceSubmittedAt != null) {
            throw new MatchNotInThatStateException();
        }
        reference = Objects.requireNonNull(written, "written");
        referenceSubmittedAt = now;
    }

    /** The requester thanks the giver: the match is completed. Written help must be delivered first. */
    public void thank(String note, Instant now) {
        requireStatus(MatchStatus.ACCEPTED);
        if (kind.isWritten() && referenceSubmittedAt == null) {
            throw new MatchNotInThatStateException();
        }
        String cleanNote = Texts.required(note, NOTE_MAX, "note", "validation.thanks.required",
                "validation.note.tooLong");
        thanksNote = cleanNote;
        status = MatchStatus.COMPLETED;
        completedAt = now;
    }

    /** The requester decides whether a delivered recommendation shows on their profile. */
    public void showReferenceOnProfile(boolean shown) {
        if (referenceSubmittedAt == null) {
            throw new MatchNotInThatStateException();
        }
        referenceShown = shown;
    }

    private void requireStatus(MatchStatus required) {
        if (status != required) {
            throw new MatchNotInThatStateException();
        }
    }

    public boolean isGiver(long memberId) {
        return giver.getId() == memberId;
    }

    public boolean isRequester(long memberId) {
        return request.getRequester().getId() == memberId;
    }

    public HelpRequest getRequest() {
        return request;
    }

    public Offer getOffer() {
        return offer;
    }

    public Member getGiver() {
        return giver;
    }

    public HelpKind getKind() {
        return kind;
    }

    public double getScore() {
        return score;
    }

    public List<String> getMatchedTags() {
        return split(matchedTags);
    }

    public List<String> getMatchedWords() {
        return split(matchedWords);
    }

    public MatchStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getDeclineSuggestion() {
        return declineSuggestion;
    }

    public String getThanksNote() {
        return thanksNote;
    }

    public WrittenReference getReference() {
        return reference;
    }

    public Instant getReferenceSubmittedAt() {
        return referenceSubmittedAt;
    }

    public boolean isReferenceShown() {
        return referenceShown;
    }
}
