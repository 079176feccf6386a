package org.givefirst.domain.offer;

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
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Tag;
import org.givefirst.domain.shared.Tags;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;
import org.givefirst.domain.shared.Words;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a giver offers: a kind of help, described, tagged, with a capacity per month because
 * nobody can cut themselves into a thousand pieces. The capacity used this month is counted on
 * the offer itself ({@code usedThisMonth} in {@code usageMonth}) and only ever raised through the
 * guarded update {@link #RESERVE_CAPACITY}, so two accepts at once can never overrun it.
 */
@Entity
@Table(name = "offers")
// A page of a giver's offers: its ids first, then those rows with their tags.
@NamedQuery(name = Offer.FIND_IDS_BY_GIVER,
        query = "SELECT o.id FROM Offer o WHERE o.giver.id = :giverId"
                + " AND o.status <> org.givefirst.domain.offer.OfferStatus.CLOSED AND o.id < :before ORDER BY o.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.PAGE_AND_ONE))
@NamedQuery(name = Offer.FIND_WITH_TAGS,
        query = "SELECT DISTINCT o FROM Offer o LEFT JOIN FETCH o.tags WHERE o.id IN :ids ORDER BY o.id DESC")
@NamedQuery(name = Offer.FIND_LINES_BY_GIVER,
        query = "SELECT o.id, o.status, o.title FROM Offer o WHERE o.giver.id = :giverId"
                + " AND o.status <> org.givefirst.domain.offer.OfferStatus.CLOSED ORDER BY o.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.DASHBOARD_LINES_AND_ONE))
@NamedQuery(name = Offer.FIND_ACTIVE_LINES_BY_GIVER,
        query = "SELECT o.id, o.kind, o.title FROM Offer o WHERE o.giver.id = :giverId"
                + " AND o.status = org.givefirst.domain.offer.OfferStatus.ACTIVE AND o.id < :before ORDER BY o.id DESC",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.PAGE_AND_ONE))
@NamedQuery(name = Offer.FIND_ACTIVE_KINDS_BY_GIVER,
        query = "SELECT o.id, o.kind FROM Offer o WHERE o.giver.id = :giverId"
                + " AND o.status = org.givefirst.domain.offer.OfferStatus.ACTIVE")
@NamedQuery(name = Offer.FIND_STATUSES_BY_GIVER,
        query = "SELECT DISTINCT o.status FROM Offer o WHERE o.giver.id = :giverId"
                + " AND o.status <> org.givefirst.domain.offer.OfferStatus.CLOSED")
@NamedQuery(name = Offer.COUNT_OPEN_BY_GIVER,
        query = "SELECT COUNT(o) FROM Offer o WHERE o.giver.id = :giverId AND o.status <> org.givefirst.domain.offer.OfferStatus.CLOSED")
@NamedQuery(name = Offer.SET_STATUS_OF_GIVER,
        query = "UPDATE Offer o SET o.status = :to, o.version = o.version + 1 WHERE o.giver.id = :giverId AND o.status = :from")
@NamedQuery(name = Offer.START_MONTH,
        query = "UPDATE Offer o SET o.usedThisMonth = 0, o.usageMonth = :month, o.version = o.version + 1"
                + " WHERE o.id = :id AND o.usageMonth <> :month")
@NamedQuery(name = Offer.RESERVE_CAPACITY,
        query = "UPDATE Offer o SET o.usedThisMonth = o.usedThisMonth + 1, o.version = o.version + 1"
                + " WHERE o.id = :id AND o.status <> org.givefirst.domain.offer.OfferStatus.CLOSED"
                + " AND o.usageMonth = :month AND o.usedThisMonth < o.capacity")
public class Offer extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    /** Ids of a giver's offers that are not closed, older than :before, newest first. */
    public static final String FIND_IDS_BY_GIVER = "Offer.findIdsByGiver";
    /** The offers of these :ids with their tags, newest first. */
    public static final String FIND_WITH_TAGS = "Offer.findWithTags";
    /** The statuses a giver's offers that are not closed are in (ACTIVE, PAUSED, or both). */
    public static final String FIND_STATUSES_BY_GIVER = "Offer.findStatusesByGiver";
    /** Rows of (id, status, title) of a giver's offers that are not closed, newest first. */
    public static final String FIND_LINES_BY_GIVER = "Offer.findLinesByGiver";
    /** Rows of (id, kind, title) of a giver's active offers older than :before, newest first. */
    public static final String FIND_ACTIVE_LINES_BY_GIVER = "Offer.findActiveLinesByGiver";
    /** Rows of (id, kind) of all a giver's active offers. */
    public static final String FIND_ACTIVE_KINDS_BY_GIVER = "Offer.findActiveKindsByGiver";
    public static final String COUNT_OPEN_BY_GIVER = "Offer.countOpenByGiver";
    public static final String SET_STATUS_OF_GIVER = "Offer.setStatusOfGiver";
    /**
     * Starts counting a new month (used back to 0) if the offer last counted another one. Two
     * statements rather than one CASE: MySQL evaluates SET assignments left to right, H2 does not,
     * and EclipseLink does not keep their order.
     */
    public static final String START_MONTH = "Offer.startMonth";
    /** Raises this month's used capacity by one, only if some is left: 1 row updated, or 0. */
    public static final String RESERVE_CAPACITY = "Offer.reserveCapacity";

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int TAGS_MAX = 10;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 20;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "giver_id", nullable = false, updatable = false)
    private Member giver;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private HelpKind kind;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OfferStatus status = OfferStatus.ACTIVE;

    @Column(name = "used_this_month", nullable = false)
    private int usedThisMonth;

    @Column(name = "usage_month", nullable = false)
    private int usageMonth;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "offer_tags", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "tag", nullable = false, length = Tag.MAX_LENGTH)
    private Set<String> tags = new LinkedHashSet<>();

    /** The significant words of title and description: matching looks offers up by them (an index in the database). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "offer_words", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "word", nullable = false, length = Words.MAX_LENGTH)
    private Set<String> words = new LinkedHashSet<>();

    protected Offer() {
        // for JPA
    }

    public Offer(Member giver, HelpKind kind, String title, String description, List<Tag> tags, int capacity) {
        this.giver = Objects.requireNonNull(giver, "giver");
        this.kind = requireKind(kind);
        this.title = checkTitle(title);
        this.description = checkDescription(description);
        this.capacity = checkCapacity(capacity);
        this.tags.addAll(Tags.values(tags, TAGS_MAX, "tags"));
        this.words.addAll(Words.significant(this.description == null ? this.title : this.title + " " + this.description));
    }

    public static HelpKind requireKind(HelpKind kind) {
        if (kind == null) {
            throw new InvalidValueException("kind", "validation.kind.required");
        }
        return kind;
    }

    public static String checkTitle(String title) {
        return Texts.required(title, TITLE_MAX, "title", "validation.title.required",
                "validation.title.tooLong");
    }

    public static String checkDescription(String description) {
        return Texts.cleanWithin(description, DESCRIPTION_MAX, "description", "validation.description.tooLong");
    }

    public static int checkCapacity(int capacity) {
        if (capacity < CAPACITY_MIN || capacity > CAPACITY_MAX) {
            throw new InvalidValueException("capacity", "validation.capacity.range");
        }
        return capacity;
    }

    /** "I'm away for a while": no new proposals until resumed. */
    public void pause() {
        if (status == OfferStatus.ACTIVE) {
            status = OfferStatus.PAUSED;
        }
    }

    public void resume() {
        if (status == OfferStatus.PAUSED) {
            status = OfferStatus.ACTIVE;
        }
    }

    public void close() {
        status = OfferStatus.CLOSED;
    }

    /** How much of the capacity is left in the given month (see {@link org.givefirst.domain.shared.Months}). */
    public int remainingIn(int month) {
        return usageMonth == month ? Math.max(0, capacity - usedThisMonth) : capacity;
    }

    public Member getGiver() {
        return giver;
    }

    public HelpKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isClosed() {
        return status == OfferStatus.CLOSED;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public List<Tag> getTags() {
        return tags.stream().sorted().map(Tag::new).toList();
    }
}
