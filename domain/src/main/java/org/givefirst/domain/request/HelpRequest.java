package org.givefirst.domain.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.offer.Offer;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Tag;
import org.givefirst.domain.shared.Tags;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member asks for help: a kind, a specific title, details, tags, an optional needed-by date and
 * how many givers they want. Accepted givers are counted on the request and only ever through the
 * guarded update {@link #TAKE_GIVER_SLOT}, so a request wanting one giver never gets two.
 */
@Entity
@Table(name = "help_requests")
// A page of a member's requests: its ids first (the index gives them in order), then those rows with their tags.
@NamedQuery(name = HelpRequest.FIND_IDS_BY_REQUESTER,
        query = "SELECT r.id FROM HelpRequest r WHERE r.requester.id = :requesterId AND r.id < :before ORDER BY r.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.PAGE_AND_ONE))
@NamedQuery(name = HelpRequest.FIND_WITH_TAGS,
        query = "SELECT DISTINCT r FROM HelpRequest r LEFT JOIN FETCH r.tags WHERE r.id IN :ids ORDER BY r.id DESC")
@NamedQuery(name = HelpRequest.FIND_LINES_BY_REQUESTER,
        query = "SELECT r.id, r.status, r.title FROM HelpRequest r WHERE r.requester.id = :requesterId ORDER BY r.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.DASHBOARD_LINES_AND_ONE))
@NamedQuery(name = HelpRequest.COUNT_OPEN_BY_REQUESTER,
        query = "SELECT COUNT(r) FROM HelpRequest r WHERE r.requester.id = :requesterId"
                + " AND r.status IN (org.givefirst.domain.request.RequestStatus.OPEN, org.givefirst.domain.request.RequestStatus.MATCHED)")
@NamedQuery(name = HelpRequest.FIND_OPEN_IDS_BY_KIND,
        query = "SELECT r.id FROM HelpRequest r WHERE r.kind = :kind AND r.status = org.givefirst.domain.request.RequestStatus.OPEN ORDER BY r.id")
@NamedQuery(name = HelpRequest.TAKE_GIVER_SLOT,
        query = "UPDATE HelpRequest r SET r.acceptedCount = r.acceptedCount + 1, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.status = org.givefirst.domain.request.RequestStatus.OPEN"
                + " AND r.acceptedCount < r.giversWanted")
@NamedQuery(name = HelpRequest.MARK_MATCHED_WHEN_FULL,
        query = "UPDATE HelpRequest r SET r.status = org.givefirst.domain.request.RequestStatus.MATCHED, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.status = org.givefirst.domain.request.RequestStatus.OPEN"
                + " AND r.acceptedCount >= r.giversWanted")
@NamedQuery(name = HelpRequest.EXPIRE_PAST_NEEDED_BY,
        query = "UPDATE HelpRequest r SET r.status = org.givefirst.domain.request.RequestStatus.EXPIRED, r.version = r.version + 1"
                + " WHERE r.status = org.givefirst.domain.request.RequestStatus.OPEN AND r.neededBy < :today")
@NamedQuery(name = HelpRequest.FIND_UNANSWERED_SINCE,
        query = "SELECT r.id FROM HelpRequest r WHERE r.status = org.givefirst.domain.request.RequestStatus.OPEN"
                + " AND r.acceptedCount = 0 AND r.tipsSentAt IS NULL AND r.createdAt <= :before ORDER BY r.id")
@NamedQuery(name = HelpRequest.CLAIM_TIPS,
        query = "UPDATE HelpRequest r SET r.tipsSentAt = :now WHERE r.id = :id AND r.tipsSentAt IS NULL"
                + " AND r.status = org.givefirst.domain.request.RequestStatus.OPEN AND r.acceptedCount = 0")
public class HelpRequest extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** Ids of a member's requests older than :before, newest first. */
    public static final String FIND_IDS_BY_REQUESTER = "HelpRequest.findIdsByRequester";
    /** The requests of these :ids with their tags, newest first. */
    public static final String FIND_WITH_TAGS = "HelpRequest.findWithTags";
    /** Rows of (id, status, title) of a member's requests, newest first. */
    public static final String FIND_LINES_BY_REQUESTER = "HelpRequest.findLinesByRequester";
    public static final String COUNT_OPEN_BY_REQUESTER = "HelpRequest.countOpenByRequester";
    public static final String FIND_OPEN_IDS_BY_KIND = "HelpRequest.findOpenIdsByKind";
    /** Counts one more accepted giver, only while the request is open and not full: 1 row, or 0. */
    public static final String TAKE_GIVER_SLOT = "HelpRequest.takeGiverSlot";
    public static final String MARK_MATCHED_WHEN_FULL = "HelpRequest.markMatchedWhenFull";
    /** Open requests whose needed-by date has passed expire (idempotent: safe on every instance). */
    public static final String EXPIRE_PAST_NEEDED_BY = "HelpRequest.expirePastNeededBy";
    public static final String FIND_UNANSWERED_SINCE = "HelpRequest.findUnansweredSince";
    /** Suggests improvements once to a request nobody took: 1 row for the first instance to claim it. */
    public static final String CLAIM_TIPS = "HelpRequest.claimTips";

    public static final int TITLE_MAX = Offer.TITLE_MAX;
    public static final int DETAILS_MAX = Offer.DESCRIPTION_MAX;
    public static final int TAGS_MAX = Offer.TAGS_MAX;
    public static final int GIVERS_MAX = 5;
    /** A request may look at most this far ahead: help that is "time-bound" has a near horizon. */
    public static final int NEEDED_BY_MAX_DAYS = 366;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id", nullable = false, updatable = false)
    private Member requester;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private HelpKind kind;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "details", length = DETAILS_MAX)
    private String details;

    @Column(name = "needed_by")
    private LocalDate neededBy;

    @Column(name = "givers_wanted", nullable = false)
    private int giversWanted;

    @Column(name = "accepted_count", nullable = false)
    private int acceptedCount;

    @Column(name = "completed_count", nullable = false)
    private int completedCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RequestStatus status = RequestStatus.OPEN;

    /** When the requester was told how the request could find a giver (once, after a quiet week). */
    @Column(name = "tips_sent_at")
    private Instant tipsSentAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_tags", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "tag", nullable = false, length = Tag.MAX_LENGTH)
    private Set<String> tags = new LinkedHashSet<>();

    protected HelpRequest() {
        // for JPA
    }

    public HelpRequest(Member requester, HelpKind kind, String title, String details, List<Tag> tags,
                       LocalDate neededBy, int giversWanted, LocalDate today) {
        this.requester = Objects.requireNonNull(requester, "requester");
        this.kind = Offer.requireKind(kind);
        this.title = checkTitle(title);
        this.details = checkDetails(details);
        this.neededBy = checkNeededBy(neededBy, today);
        this.giversWanted = checkGiversWanted(giversWanted);
        this.tags.addAll(Tags.values(tags, TAGS_MAX, "tags"));
    }

    public static String checkTitle(String title) {
        return Offer.checkTitle(title);
    }

    public static String checkDetails(String details) {
        return Texts.cleanWithin(details, DETAILS_MAX, "details", "validation.details.tooLong");
    }

    /** Optional; when given, not in the past and within a year. */
    public static LocalDate checkNeededBy(LocalDate neededBy, LocalDate today) {
        if (neededBy == null) {
            return null;
        }
        if (neededBy.isBefore(today)) {
            throw new InvalidValueException("neededBy", "validation.neededBy.past");
        }
        if (neededBy.isAfter(today.plusDays(NEEDED_BY_MAX_DAYS))) {
            throw new InvalidValueException("neededBy", "validation.neededBy.tooFar");
        }
        return neededBy;
    }

    public static int checkGiversWanted(int giversWanted) {
        if (giversWanted < 1 || giversWanted > GIVERS_MAX) {
            throw new InvalidValueException("giversWanted", "validation.giversWanted.range");
        }
        return giversWanted;
    }

    /** Whether matching may still propose givers for it. */
    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    /** The requester withdraws the request; givers who already accepted keep their match. */
    public void close() {
        if (status == RequestStatus.OPEN || status == RequestStatus.MATCHED) {
            status = RequestStatus.CLOSED;
        }
    }

    /** One accepted giver has given and been thanked; fulfilled when all wanted givers have. */
    public void recordCompletion() {
        completedCount++;
        if (completedCount >= giversWanted && (status == RequestStatus.MATCHED || status == RequestStatus.OPEN)) {
            status = RequestStatus.FULFILLED;
        }
    }

    public Member getRequester() {
        return requester;
    }

    public HelpKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDetails() {
        return details;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public int getGiversWanted() {
        return giversWanted;
    }

    public int getAcceptedCount() {
        return acceptedCount;
    }

    public int getCompletedCount() {
        return completedCount;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public List<Tag> getTags() {
        return tags.stream().sorted().map(Tag::new).toList();
    }
}
