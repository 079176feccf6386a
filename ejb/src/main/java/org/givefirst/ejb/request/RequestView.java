package org.givefirst.ejb.request;

import org.givefirst.domain.request.HelpRequest;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.domain.shared.Tag;
import org.givefirst.ejb.match.MatchView;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as its requester sees it, with its matches. {@code waitingForGivers}: open, nobody
 * has accepted and nobody is being asked — the page says so honestly and suggests what to change.
 */
public record RequestView(long id, HelpKind kind, String title, String details, List<Tag> tags, LocalDate neededBy,
                          int giversWanted, int acceptedCount, RequestStatus status, long proposalsPending,
                          List<MatchView> matches) implements Serializable {

    static RequestView of(HelpRequest request, long proposalsPending, List<MatchView> matches) {
        return new RequestView(request.getId(), request.getKind(), request.getTitle(), request.getDetails(),
                request.getTags(), request.getNeededBy(), request.getGiversWanted(), request.getAcceptedCount(),
                request.getStatus(), proposalsPending, matches);
    }

    public boolean isWaitingForGivers() {
        return status == RequestStatus.OPEN && proposalsPending == 0 && acceptedCount < giversWanted;
    }

    public boolean isClosable() {
        return status == RequestStatus.OPEN || status == RequestStatus.MATCHED;
    }
}
