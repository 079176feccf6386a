package org.givefirst.ejb.match;

import org.givefirst.domain.match.Match;
import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A match as one of its two members sees it. The giver's decline reason is theirs alone; the
 * written reference is visible to the giver and the requester only.
 */
public record MatchView(long id, HelpKind kind, MatchStatus status, long requestId, String requestTitle,
                        String requestDetails, List<Tag> requestTags, LocalDate neededBy, long requesterId,
                        String requesterName, long giverId, String giverName, String offerTitle,
                        List<String> matchedTags, List<String> matchedWords, Instant expiresAt,
                        WrittenReference reference, boolean referenceShown, String thanksNote,
                        String declineSuggestion, boolean viewerIsGiver) implements Serializable {

    public static MatchView of(Match match, long viewerId) {
        HelpRequest request = match.getRequest();
        boolean viewerIsGiver = match.isGiver(viewerId);
        return new MatchView(match.getId(), match.getKind(), match.getStatus(), request.getId(), request.getTitle(),
                request.getDetails(), request.getTags(), request.getNeededBy(), request.getRequester().getId(),
                request.getRequester().getDisplayName(), match.getGiver().getId(), match.getGiver().getDisplayName(),
                match.getOffer().getTitle(), match.getMatchedTags(), match.getMatchedWords(), match.getExpiresAt(),
                match.getReferenceSubmittedAt() == null ? null : match.getReference(), match.isReferenceShown(),
                match.getThanksNote(), match.getDeclineSuggestion(), viewerIsGiver);
    }

    public boolean isProposed() {
        return status == MatchStatus.PROPOSED;
    }

    public boolean isAccepted() {
        return status == MatchStatus.ACCEPTED;
    }

    public boolean isCompleted() {
        return status == MatchStatus.COMPLETED;
    }

    public boolean isWritten() {
        return kind.isWritten();
    }

    public boolean isReferenceDelivered() {
        return reference != null;
    }

    /** The giver's next step: write the reference (written kinds, not yet delivered). */
    public boolean isAwaitingReference() {
        return isAccepted() && isWritten() && !isReferenceDelivered();
    }

    /** The requester's next step: say thank you (once given). */
    public boolean isAwaitingThanks() {
        return isAccepted() && (!isWritten() || isReferenceDelivered());
    }
}
