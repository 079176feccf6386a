package org.givefirst.domain.member;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.Tag;
import org.givefirst.domain.shared.Texts;
import org.givefirst.domain.shared.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person of the community. Owns their account (email, password hash, acceptance of the
 * guidelines) and their profile (display name, headline, bio, location, skills, and the time zone
 * chat times are shown in). The profile only changes through {@link #updateProfile}, which
 * enforces every field's rule at once.
 */
@Entity
@Cacheable // read on every page (the header's name); kept coherent across instances (persistence.xml)
@Table(name = "members")
@NamedQuery(name = Member.FIND_BY_EMAIL, query = "SELECT m FROM Member m WHERE m.email = :email")
@NamedQuery(name = Member.FIND_WITH_SKILLS,
        query = "SELECT DISTINCT m FROM Member m LEFT JOIN FETCH m.skills WHERE m.id = :id")
@NamedQuery(name = Member.COUNT_ALL, query = "SELECT COUNT(m) FROM Member m")
// Ids only, so that the database reads them from ix_members_name in name order and stops at the
// limit; the members then come by id (FIND_BY_IDS).
@NamedQuery(name = Member.FIND_IDS_BY_NAME,
        query = "SELECT m.id FROM Member m WHERE LOWER(m.displayName) LIKE :pattern AND m.deletedAt IS NULL"
                + " ORDER BY m.displayName, m.id",
        hints = @QueryHint(name = ReadLimit.HINT, value = ReadLimit.SEARCH_RESULTS))
@NamedQuery(name = Member.FIND_BY_IDS, query = "SELECT m FROM Member m WHERE m.id IN :ids")
@NamedQuery(name = Member.FIND_SUMMARIES_BY_IDS,
        query = "SELECT m.id, m.displayName, m.headline, m.matchedOnlyFields FROM Member m WHERE m.id IN :ids")
@NamedQuery(name = Member.FIND_BY_ROLE,
        query = "SELECT m FROM Member m WHERE m.role = :role ORDER BY m.displayName, m.id")
@NamedQuery(name = Member.FIND_SUSPENDED,
        query = "SELECT m FROM Member m WHERE m.suspendedAt IS NOT NULL ORDER BY m.suspendedAt DESC, m.id DESC")
@NamedQuery(name = Member.CLAIM_DIGEST,
        query = "UPDATE Member m SET m.digestSentOn = :today WHERE m.id = :id"
                + " AND (m.digestSentOn IS NULL OR m.digestSentOn < :today)")
public class Member extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "Member.findByEmail";
    public static final String FIND_WITH_SKILLS = "Member.findWithSkills";
    public static final String COUNT_ALL = "Member.countAll";
    public static final String FIND_IDS_BY_NAME = "Member.findIdsByName";
    public static final String FIND_BY_IDS = "Member.findByIds";
    /** Rows of (id, display name, headline, matched-only fields as stored) of these :ids. */
    public static final String FIND_SUMMARIES_BY_IDS = "Member.findSummariesByIds";
    public static final String FIND_BY_ROLE = "Member.findByRole";
    public static final String FIND_SUSPENDED = "Member.findSuspended";
    /** Today's digest for this member: 1 row for the first instance to claim it, 0 for any other. */
    public static final String CLAIM_DIGEST = "Member.claimDigest";

    public static final int DISPLAY_NAME_MAX = 80;
    public static final int HEADLINE_MAX = 120;
    public static final int BIO_MAX = 2000;
    public static final int LOCATION_MAX = 80;
    public static final int PASSWORD_HASH_MAX = 512;
    public static final int SKILLS_MAX = 30;
    public static final int CONTACT_DETAILS_MAX = 300;
    public static final int TIME_ZONE_MAX = 60;
    public static final String DEFAULT_TIME_ZONE = "UTC";
    /** What a deleted account is called wherever it still appears (a reference it wrote, a thread). */
    public static final String FORMER_MEMBER_NAME = "A former member";
    /** Deleted accounts' emails end here: a reserved domain that receives nothing. */
    public static final String DELETED_EMAIL_DOMAIN = "deleted.givefirst.invalid";

    @Column(name = "email", nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "headline", length = HEADLINE_MAX)
    private String headline;

    @Column(name = "bio", length = BIO_MAX)
    private String bio;

    @Column(name = "location", length = LOCATION_MAX)
    private String location;

    /** A region id of java.time ("Europe/Lisbon") or "UTC". */
    @Column(name = "time_zone", nullable = false, length = TIME_ZONE_MAX)
    private String timeZone = DEFAULT_TIME_ZONE;

    @Column(name = "guidelines_accepted_at", nullable = false)
    private Instant guidelinesAcceptedAt;

    /** What the member shares with the people they are introduced to (an email, a phone, a link). */
    @Column(name = "contact_details", length = CONTACT_DETAILS_MAX)
    private String contactDetails;

    /** When the member last resumed giving: an automatic pause counts only proposals made after it. */
    @Column(name = "giving_resumed_at")
    private Instant givingResumedAt;

    @Column(name = "digest_sent_on")
    private LocalDate digestSentOn;

    /** Raised at every password change: sessions that signed in before it end. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role = Role.MEMBER;

    /** Set while a moderator has suspended the member: they cannot sign in. */
    @Column(name = "suspended_at")
    private Instant suspendedAt;

    /** Profile fields shown only to members matched with this one: {@link ProfileField} names, comma-separated. */
    @Column(name = "matched_only_fields", length = 100)
    private String matchedOnlyFields;

    /** When the member deleted their account: all that stays is "A former member". */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** How the member hears about each type of notification by email; a missing type is IMMEDIATELY. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "notification_preferences", joinColumns = @JoinColumn(name = "member_id"))
    @MapKeyColumn(name = "type", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 15)
    private Map<NotificationType, Delivery> deliveries = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "member_skills", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "skill", nullable = false, length = Tag.MAX_LENGTH)
    @OrderBy
    private Set<String> skills = new LinkedHashSet<>();

    protected Member() {
        // for JPA
    }

    /**
     * A new member. The password must already be hashed: the domain never sees it in clear.
     * Joining means accepting the community guidelines, so their acceptance time is required.
     */
    public Member(EmailAddress email, String displayName, String passwordHash, Instant guidelinesAcceptedAt) {
        this.email = Objects.requireNonNull(email, "email").value();
        this.displayName = checkDisplayName(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.guidelinesAcceptedAt = Objects.requireNonNull(guidelinesAcceptedAt, "guidelinesAcceptedAt");
    }

    /** Replaces the whole profile; every field is checked before anything changes. */
    public void updateProfile(ProfileDetails details) {
        String newDisplayName = checkDisplayName(details.displayName());
        String newHeadline = checkHeadline(details.headline());
        String newBio = checkBio(details.bio());
        String newLocation = checkLocation(details.location());
        Set<String> newSkills = new LinkedHashSet<>();
        details.skills().forEach(skill -> newSkills.add(skill.value()));
        if (newSkills.size() > SKILLS_MAX) {
            throw new InvalidValueException("skills", "validation.skills.tooMany");
        }
        ZoneId newTimeZone = details.timeZone() == null ? getTimeZone() : checkTimeZone(details.timeZone());
        displayName = newDisplayName;
        headline = newHeadline;
        bio = newBio;
        location = newLocation;
        skills.retainAll(newSkills);
        skills.addAll(newSkills);
        timeZone = newTimeZone.getId();
    }

    /** Replaces what the member shares when introduced; blank shares nothing. */
    public void updateContactDetails(String details) {
        contactDetails = Texts.cleanWithin(details, CONTACT_DETAILS_MAX, "contactDetails", "validation.contactDetails.tooLong");
    }

    /** A new password (already hashed); every session signed in with the old one ends. */
    public void changePassword(String newPasswordHash) {
        passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        sessionEpoch++;
    }

    /** Gives the member another role; their pages follow from their next request. */
    public void changeRole(Role newRole) {
        role = Objects.requireNonNull(newRole, "newRole");
    }

    /** A moderator suspends the member: every session ends now, and signing in is refused. */
    public void suspend(Instant now) {
        if (suspendedAt == null) {
            suspendedAt = Objects.requireNonNull(now, "now");
            sessionEpoch++;
        }
    }

    /** A moderator lifts the suspension: the member may sign in again. */
    public void liftSuspension() {
        suspendedAt = null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    /** The profile fields the member shows only to members they are matched with. */
    public Set<ProfileField> getMatchedOnlyFields() {
        return ProfileField.setOf(matchedOnlyFields);
    }

    /** Chooses which profile fields only members matched with this one see; the others every member sees. */
    public void showOnlyToMatched(Set<ProfileField> fields) {
        matchedOnlyFields = fields.isEmpty() ? null
                : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * The member deletes their account. Everything that identifies them goes: email (replaced by an
     * address that cannot receive mail, so the email can sign up again), password, name (now
     * {@link #FORMER_MEMBER_NAME}), profile, contact details, preferences. Every session ends. The
     * row stays, so what others received from them (references, thanks, messages) keeps its author.
     */
    public void delete(Instant now, String unusablePasswordHash) {
        deletedAt = Objects.requireNonNull(now, "now");
        email = "deleted-" + getId() + "@" + DELETED_EMAIL_DOMAIN;
        passwordHash = Objects.requireNonNull(unusablePasswordHash, "unusablePasswordHash");
        displayName = FORMER_MEMBER_NAME;
        headline = null;
        bio = null;
        location = null;
        contactDetails = null;
        skills.clear();
        deliveries.clear();
        matchedOnlyFields = null;
        timeZone = DEFAULT_TIME_ZONE;
        role = Role.MEMBER;
        suspendedAt = null;
        sessionEpoch++;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** A moderator hides what the profile says about the member (headline, bio, location). */
    public void hideProfileText() {
        headline = null;
        bio = null;
        location = null;
    }

    /** The member is back to giving after a pause. */
    public void resumeGiving(Instant now) {
        givingResumedAt = now;
    }

    /** Display names are required, and as long as a person's name can be — in any script. */
    public static String checkDisplayName(String displayName) {
        String cleaned = Texts.clean(displayName);
        if (cleaned == null) {
            throw new InvalidValueException("displayName", "validation.displayName.required");
        }
        if (Texts.length(cleaned) > DISPLAY_NAME_MAX) {
            throw new InvalidValueException("displayName", "validation.displayName.tooLong");
        }
        return cleaned;
    }

    /** The cleaned headline (optional), or {@link InvalidValueException} when too long. */
    public static String checkHeadline(String headline) {
        return Texts.cleanWithin(headline, HEADLINE_MAX, "headline", "validation.headline.tooLong");
    }

    /** The cleaned bio (optional), or {@link InvalidValueException} when too long. */
    public static String checkBio(String bio) {
        return Texts.cleanWithin(bio, BIO_MAX, "bio", "validation.bio.tooLong");
    }

    /** The cleaned location (optional), or {@link InvalidValueException} when too long. */
    public static String checkLocation(String location) {
        return Texts.cleanWithin(location, LOCATION_MAX, "location", "validation.location.tooLong");
    }

    /**
     * A time zone as java.time knows it by name ("Europe/Lisbon", "UTC"); anything else — offsets
     * like "+02:00" included, which ignore daylight saving — is {@link InvalidValueException}.
     */
    public static ZoneId checkTimeZone(String typed) {
        String id = Texts.clean(typed);
        if (id == null || !ZoneId.getAvailableZoneIds().contains(id)) { // the known region ids, all short
            throw new InvalidValueException("timeZone", "validation.timeZone.unknown");
        }
        return ZoneId.of(id);
    }

    public EmailAddress getEmail() {
        return new EmailAddress(email);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBio() {
        return bio;
    }

    public String getLocation() {
        return location;
    }

    public Delivery deliveryOf(NotificationType type) {
        return deliveries.getOrDefault(type, Delivery.IMMEDIATELY);
    }

    public void chooseDelivery(NotificationType type, Delivery delivery) {
        if (delivery == Delivery.IMMEDIATELY) {
            deliveries.remove(type);
        } else {
            deliveries.put(type, delivery);
        }
    }

    public String getContactDetails() {
        return contactDetails;
    }

    /** The language the member reads GiveFirst in: English, the one language it speaks so far. */
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Role getRole() {
        return role;
    }

    public Instant getGivingResumedAt() {
        return givingResumedAt;
    }

    /** The zone the member reads and types times in; UTC until they choose one. */
    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone == null ? DEFAULT_TIME_ZONE : timeZone);
    }

    public Instant getGuidelinesAcceptedAt() {
        return guidelinesAcceptedAt;
    }

    /** The member's skills, sorted; load them with {@link #FIND_WITH_SKILLS} before the transaction ends. */
    public List<Tag> getSkills() {
        return skills.stream().sorted().map(Tag::new).toList();
    }
}
