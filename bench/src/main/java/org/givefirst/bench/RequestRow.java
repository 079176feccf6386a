package org.givefirst.bench;

import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.request.RequestStatus;
import org.givefirst.domain.shared.HelpKind;
import org.givefirst.ejb.matching.MatchRanker.Need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One help request as generated: what was asked, and its fate — the status it ends in and how many
 * givers accept, give and are still asked — which the matchmaking then acts out.
 */
final class RequestRow {

    long id;
    final MemberRow requester;
    final HelpKind kind;
    final String title;
    final String details;
    final Set<String> tags;
    final Need need;
    final long createdAt;
    final LocalDate neededBy;
    /** Younger than a proposal's lifetime: the only requests with proposals still open. */
    final boolean fresh;
    /** When it stopped wanting givers (full, closed or expired), or the end of its matching if still open. */
    final long activeUntil;
    final int plannedAccepted;
    final int plannedCompleted;
    final int plannedProposed;
    final int plannedWithdrawn;

    RequestStatus status;
    int giversWanted;
    Long tipsSentAt;
    final List<MatchRow> matches = new ArrayList<>(4);

    RequestRow(MemberRow requester, HelpKind kind, String title, String details, Set<String> tags, Need need,
               long createdAt, LocalDate neededBy, boolean fresh, long activeUntil, RequestStatus status,
               int giversWanted, int plannedAccepted, int plannedCompleted, int plannedProposed, int plannedWithdrawn) {
        this.requester = requester;
        this.kind = kind;
        this.title = title;
        this.details = details;
        this.tags = tags;
        this.need = need;
        this.createdAt = createdAt;
        this.neededBy = neededBy;
        this.fresh = fresh;
        this.activeUntil = activeUntil;
        this.status = status;
        this.giversWanted = giversWanted;
        this.plannedAccepted = plannedAccepted;
        this.plannedCompleted = plannedCompleted;
        this.plannedProposed = plannedProposed;
        this.plannedWithdrawn = plannedWithdrawn;
    }

    /** The matches that count on the request: accepted, and given since. */
    int acceptedCount() {
        return (int) matches.stream().filter(match -> match.status == MatchStatus.ACCEPTED
                || match.status == MatchStatus.COMPLETED).count();
    }

    int completedCount() {
        return (int) matches.stream().filter(match -> match.status == MatchStatus.COMPLETED).count();
    }

    boolean hasAsked(MemberRow giver) {
        return matches.stream().anyMatch(match -> match.offer.giver == giver);
    }

    /** Whether it became full: the last accept is the moment it stopped wanting givers. */
    boolean fillsUp() {
        return status == RequestStatus.FULFILLED || status == RequestStatus.MATCHED;
    }

    /**
     * As the application leaves it: closing and thanks change the entity; its guarded updates
     * (a giver's accept, becoming MATCHED, expiring, the tips' claim) do not touch it.
     */
    long updatedAt() {
        long updated = status == RequestStatus.CLOSED ? activeUntil : createdAt;
        for (MatchRow match : matches) {
            if (match.completedAt != null) {
                updated = Math.max(updated, match.completedAt);
            }
        }
        return updated;
    }
}
