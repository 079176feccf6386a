package org.givefirst.ejb.introduction;


import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.givefirst.domain.conversation.Conversation;
import org.givefirst.domain.introduction.Introduction;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.NotificationTarget;
import org.givefirst.domain.notification.NotificationType;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.ejb.community.CommunitySettings;
import org.givefirst.ejb.member.Members;
import org.givefirst.ejb.member.MemberSummary;
import org.givefirst.ejb.moderation.Blocks;
import org.givefirst.ejb.notification.NotificationService;
import org.givefirst.ejb.shared.Writes;

/**
 * Double opt-in introductions. A member introduces someone they know through GiveFirst (a person
 * they gave to or received from) to any other member. The two are asked privately; only when both
 * agreed do they get a shared thread and each other's contact details, and the introducer is
 * thanked. A "no" or silence reads "not this time" to everyone, never who or why.
 */
@Stateless
public class IntroductionService {

    static final int BATCH_MAX = 200;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private NotificationService notifications;

    @Inject
    private CommunitySettings settings;

    @Inject
    private Clock clock;

    /** Whom the member can introduce: the people they gave to or received from, by name. */
    public List<MemberSummary> whomICanIntroduce(long actingMemberId) {
        Map<Long, MemberSummary> people = new LinkedHashMap<>();
        for (String query : List.of(Match.FIND_CONNECTED_MEMBERS, Match.FIND_CONNECTED_GIVERS)) {
            entityManager.createNamedQuery(query, Member.class).setParameter("memberId", actingMemberId)
                    .getResultStream().forEach(member -> people.putIfAbsent(member.getId(), MemberSummary.of(member)));
        }
        return people.values().stream().sorted(Comparator.comparing(MemberSummary::displayName)).toList();
    }

    /**
     * Proposes to introduce the seeker to the contact. When the seeker asked the introducer for an
     * introduction (an accepted INTRODUCTION match), the seeker has agreed by asking and this gives
     * that match; otherwise both are asked. Never between two members a block stands between, nor
     * to a contact who blocked the introducer or whom they blocked.
     */
    public long propose(long actingMemberId, long seekerId, long contactId, String blurb) {
        Member introducer = Members.require(entityManager, actingMemberId);
        if (whomICanIntroduce(actingMemberId).stream().noneMatch(person -> person.id() == seekerId)) {
            throw new InvalidValueException("seeker", "validation.introduction.seeker.unknown");
        }
        Match match = entityManager.createNamedQuery(Match.FIND_OPEN_INTRODUCTION_REQUEST, Match.class)
                .setParameter("giverId", actingMemberId).setParameter("requesterId", seekerId)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        Member seeker = Members.require(entityManager, seekerId); // one of the people they know: a member
        Member contact = Members.require(entityManager, contactId);
        Blocks.requireNone(entityManager, seekerId, contactId);
        Blocks.requireNone(entityManager, actingMemberId, contactId);
        long open = entityManager.createNamedQuery(Introduction.COUNT_OPEN_BETWEEN, Long.class)
                .setParameter("a", seekerId).setParameter("b", contactId).getSingleResult();
        if (open > 0) {
            throw new InvalidValueException("seeker", "validation.introduction.alreadyOpen");
        }
        Instant now = clock.instant();
        Introduction introduction = new Introduction(introducer, seeker, contact, match, blurb,
                now.plus(settings.getIntroductionExpiry()));
        entityManager.persist(introduction);
        entityManager.flush();
        NotificationTarget about = NotificationTarget.introduction(introduction.getId());
        notifications.notify(contactId, NotificationType.INTRODUCTION_INVITED, about, seeker.getDisplayName(),
                introducer.getDisplayName());
        if (!introduction.isSeekerAgreed()) {
            notifications.notify(seekerId, NotificationType.INTRODUCTION_INVITED, about, contact.getDisplayName(),
                    introducer.getDisplayName());
        }
        return introduction.getId();
    }

    /** The introductions the member made or is part of, newest first. */
    public List<IntroductionView> listMine(long actingMemberId) {
        return entityManager.createNamedQuery(Introduction.FIND_FOR_MEMBER, Introduction.class)
                .setParameter("memberId", actingMemberId).getResultStream()
                .map(introduction -> IntroductionView.of(introduction, actingMemberId, null)).toList();
    }

    public IntroductionView get(long actingMemberId, long introductionId) {
        Introduction introduction = forMember(actingMemberId, introductionId);
        return IntroductionView.of(introduction, actingMemberId, conversationIdOf(introductionId));
    }

    /** One of the two people agrees; when both have, the introduction is made. */
    public IntroductionView agree(long actingMemberId, long introductionId) {
        Introduction introduction = forInvitee(actingMemberId, introductionId);
        Instant now = clock.instant();
        boolean made = introduction.agree(actingMemberId, now);
        Writes.flush(entityManager);
        Long conversationId = null;
        if (made) {
            Conversation conversation = Conversation.about(introduction);
            entityManager.persist(conversation);
            entityManager.flush();
            conversationId = conversation.getId();
            Member seeker = introduction.getSeeker();
            Member contact = introduction.getContact();
            String introducerName = introduction.getIntroducer().getDisplayName();
            NotificationTarget thread = NotificationTarget.conversation(conversationId);
            notifications.notify(seeker.getId(), NotificationType.INTRODUCTION_ACCEPTED, thread, contact.getDisplayName(), introducerName);
            notifications.notify(contact.getId(), NotificationType.INTRODUCTION_ACCEPTED, thread, seeker.getDisplayName(), introducerName);
            notifications.notify(introduction.getIntroducer().getId(), NotificationType.INTRODUCTION_MADE,
                    NotificationTarget.introduction(introductionId), seeker.getDisplayName() + " & " + contact.getDisplayName(), null);
        }
        return IntroductionView.of(introduction, actingMemberId, conversationId);
    }

    /** One of the two people declines. The others hear "not this time", nothing more. */
    public void decline(long actingMemberId, long introductionId) {
        Introduction introduction = forInvitee(actingMemberId, introductionId);
        introduction.decline(actingMemberId, clock.instant());
        Writes.flush(entityManager);
        tellNotThisTime(introduction, actingMemberId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> findDue(Instant now) {
        return entityManager.createNamedQuery(Introduction.FIND_DUE, Long.class).setParameter("now", now)
                .setMaxResults(BATCH_MAX).getResultList();
    }

    /** Claims and expires one introduction nobody finished answering; false when it was answered first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long introductionId, Instant now) {
        int claimed = entityManager.createNamedQuery(Introduction.EXPIRE_DUE)
                .setParameter("id", introductionId).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Introduction introduction = entityManager.createNamedQuery(Introduction.FIND_WITH_PEOPLE, Introduction.class)
                .setParameter("id", introductionId).getSingleResult();
        tellNotThisTime(introduction, null);
        return true;
    }

    /** The introducer, and whichever of the two agreed or was asked, except who said no. */
    private void tellNotThisTime(Introduction introduction, Long declinedBy) {
        NotificationTarget about = NotificationTarget.introduction(introduction.getId());
        String introducerName = introduction.getIntroducer().getDisplayName();
        notifications.notify(introduction.getIntroducer().getId(), NotificationType.INTRODUCTION_NOT_THIS_TIME, about,
                null, introducerName);
        for (Member person : List.of(introduction.getSeeker(), introduction.getContact())) {
            if (declinedBy == null || person.getId() != declinedBy.longValue()) {
                notifications.notify(person.getId(), NotificationType.INTRODUCTION_NOT_THIS_TIME, about, null, introducerName);
            }
        }
    }

    private Long conversationIdOf(long introductionId) {
        return entityManager.createNamedQuery(Conversation.FIND_BY_INTRODUCTION, Conversation.class)
                .setParameter("introductionId", introductionId).getResultStream().findFirst()
                .map(Conversation::getId).orElse(null);
    }

    private Introduction forMember(long actingMemberId, long introductionId) {
        Introduction introduction = entityManager.createNamedQuery(Introduction.FIND_WITH_PEOPLE, Introduction.class)
                .setParameter("id", introductionId).getResultStream().findFirst()
                .orElseThrow(IntroductionNotFoundException::new);
        if (!introduction.involves(actingMemberId)) {
            throw new IntroductionNotFoundException();
        }
        return introduction;
    }

    private Introduction forInvitee(long actingMemberId, long introductionId) {
        Introduction introduction = forMember(actingMemberId, introductionId);
        if (introduction.isIntroducer(actingMemberId)) {
            throw new IntroductionNotFoundException(); // the introducer has nothing to answer
        }
        return introduction;
    }

}
