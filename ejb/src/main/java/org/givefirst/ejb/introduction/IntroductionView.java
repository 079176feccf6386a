package org.givefirst.ejb.introduction;

import org.givefirst.domain.introduction.Introduction;
import org.givefirst.domain.introduction.IntroductionStatus;
import org.givefirst.domain.member.Member;

import java.io.Serializable;
import java.time.Instant;

/**
 * An introduction as one of its three people may see it. A declined or expired introduction is
 * {@link Outcome#NOT_THIS_TIME} for everyone: nobody learns who said no. Contact details appear
 * only once both agreed, and only to the two people introduced.
 */
public record IntroductionView(long id, Role viewerRole, Outcome outcome, String introducerName, long introducerId,
                               String seekerName, long seekerId, String contactName, long contactId, String blurb,
                               boolean awaitingMyAnswer, String otherContactDetails, Long conversationId,
                               Instant expiresAt) implements Serializable {

    public enum Role { INTRODUCER, SEEKER, CONTACT }

    public enum Outcome { PENDING, MADE, NOT_THIS_TIME }

    static IntroductionView of(Introduction introduction, long viewerId, Long conversationId) {
        Role role = introduction.isIntroducer(viewerId) ? Role.INTRODUCER
                : introduction.isSeeker(viewerId) ? Role.SEEKER : Role.CONTACT;
        Outcome outcome = switch (introduction.getStatus()) {
            case PENDING -> Outcome.PENDING;
            case ACCEPTED -> Outcome.MADE;
            case DECLINED, EXPIRED -> Outcome.NOT_THIS_TIME;
        };
        boolean made = introduction.getStatus() == IntroductionStatus.ACCEPTED;
        String otherDetails = made && role != Role.INTRODUCER
                ? introduction.otherPerson(viewerId).getContactDetails() : null;
        Member seeker = introduction.getSeeker();
        Member contact = introduction.getContact();
        return new IntroductionView(introduction.getId(), role, outcome, introduction.getIntroducer().getDisplayName(),
                introduction.getIntroducer().getId(), seeker.getDisplayName(), seeker.getId(), contact.getDisplayName(),
                contact.getId(), introduction.getBlurb(), introduction.awaitsAnswerFrom(viewerId), otherDetails,
                made && role != Role.INTRODUCER ? conversationId : null, introduction.getExpiresAt());
    }

    /** The person this viewer is introduced to (for the two people introduced). */
    public String otherName() {
        return viewerRole == Role.SEEKER ? contactName : seekerName;
    }

    public boolean isPending() {
        return outcome == Outcome.PENDING;
    }

    public boolean isMade() {
        return outcome == Outcome.MADE;
    }

    public boolean isNotThisTime() {
        return outcome == Outcome.NOT_THIS_TIME;
    }

    public boolean isIntroducer() {
        return viewerRole == Role.INTRODUCER;
    }
}
