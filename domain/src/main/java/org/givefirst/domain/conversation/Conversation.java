package org.givefirst.domain.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.givefirst.domain.introduction.Introduction;
import org.givefirst.domain.match.Match;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.ReadLimit;
import org.givefirst.domain.shared.TimestampedEntity;

import java.util.Objects;

/**
 * The thread of one match or one introduction, between exactly two members. Each side's read
 * marker is the id of the last message they have seen, so "read" needs no row per message.
 * Not versioned: one member reading while the other writes changes different columns, and neither
 * must fail because of the other (markers only ever move forward).
 */
@Entity
@Table(name = "conversations")
@NamedQuery(name = Conversation.FIND_BY_MATCH,
        query = "SELECT c FROM Conversation c JOIN FETCH c.first JOIN FETCH c.second WHERE c.match.id = :matchId")
@NamedQuery(name = Conversation.FIND_BY_INTRODUCTION,
        query = "SELECT c FROM Conversation c JOIN FETCH c.first JOIN FETCH c.second WHERE c.introduction.id = :introductionId")
@NamedQuery(name = Conversation.FIND_WITH_PEOPLE,
        query = "SELECT c FROM Conversation c JOIN FETCH c.first JOIN FETCH c.second WHERE c.id = :id")
@NamedQuery(name = Conversation.FIND_FOR_MEMBER,
        query = "SELECT c FROM Conversation c JOIN FETCH c.first JOIN FETCH c.second LEFT JOIN FETCH c.match"
                + " LEFT JOIN FETCH c.introduction"
                + " WHERE c.first.id = :memberId OR c.second.id = :memberId ORDER BY c.lastMessageId DESC, c.id DESC",
        // EclipseLink ignores a JOIN FETCH through another fetch's alias: the nested fetch is a hint.
        hints = {@QueryHint(name = "eclipselink.left-join-fetch", value = "c.match.request"),
                @QueryHint(name = ReadLimit.HINT, value = ReadLimit.UNLIMITED)})
public class Conversation extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_MATCH = "Conversation.findByMatch";
    public static final String FIND_BY_INTRODUCTION = "Conversation.findByIntroduction";
    public static final String FIND_WITH_PEOPLE = "Conversation.findWithPeople";
    public static final String FIND_FOR_MEMBER = "Conversation.findForMember";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "match_id", updatable = false)
    private Match match;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "introduction_id", updatable = false)
    private Introduction introduction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_member_id", nullable = false, updatable = false)
    private Member first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_member_id", nullable = false, updatable = false)
    private Member second;

    @Column(name = "first_read_upto", nullable = false)
    private long firstReadUpTo;

    @Column(name = "second_read_upto", nullable = false)
    private long secondReadUpTo;

    @Column(name = "last_message_id", nullable = false)
    private long lastMessageId;

    protected Conversation() {
        // for JPA
    }

    private Conversation(Match match, Introduction introduction, Member first, Member second) {
        this.match = match;
        this.introduction = introduction;
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    /** The giver's and the requester's thread about a match. */
    public static Conversation about(Match match) {
        return new Conversation(match, null, match.getGiver(), match.getRequest().getRequester());
    }

    /** The thread of the two people an introduction brought together. */
    public static Conversation about(Introduction introduction) {
        return new Conversation(null, introduction, introduction.getSeeker(), introduction.getContact());
    }

    /** Records a new message: its sender has read everything up to it. */
    public void recordMessage(Message message) {
        lastMessageId = message.getId();
        markReadUpTo(message.getSender().getId(), message.getId());
    }

    /** The member has seen the messages up to this id. Markers never move back. */
    public void markReadUpTo(long memberId, long messageId) {
        if (isFirst(memberId)) {
            firstReadUpTo = Math.max(firstReadUpTo, messageId);
        } else if (second.getId() == memberId) {
            secondReadUpTo = Math.max(secondReadUpTo, messageId);
        } else {
            throw new IllegalArgumentException("member " + memberId + " is not in this conversation");
        }
    }

    public boolean involves(long memberId) {
        return first.getId() == memberId || second.getId() == memberId;
    }

    private boolean isFirst(long memberId) {
        return first.getId() == memberId;
    }

    public Member other(long memberId) {
        return isFirst(memberId) ? second : first;
    }

    /** Up to which message the other member has read. */
    public long readUpToOf(long memberId) {
        return isFirst(memberId) ? firstReadUpTo : secondReadUpTo;
    }

    public boolean hasUnreadFor(long memberId) {
        return lastMessageId > readUpToOf(memberId);
    }

    public Match getMatch() {
        return match;
    }

    public Introduction getIntroduction() {
        return introduction;
    }

    public Member getFirst() {
        return first;
    }

    public Member getSecond() {
        return second;
    }

    public long getLastMessageId() {
        return lastMessageId;
    }
}
