package org.givefirst.bench;

import org.givefirst.domain.match.MatchStatus;
import org.givefirst.domain.match.WrittenReference;

import java.util.Objects;
import java.util.stream.Stream;

/** One match as generated: a request, an offer, and what became of the proposal. */
final class MatchRow {

    long id;
    final RequestRow request;
    final OfferRow offer;
    final MatchStatus status;
    final double score;
    final String matchedTags;
    final String matchedWords;
    final long proposedAt;
    final long expiresAt;
    Long decidedAt;
    Long completedAt;
    Long remindedAt;
    String declineReason;
    String declineSuggestion;
    String thanksNote;
    WrittenReference reference;
    Long referenceSubmittedAt;
    boolean referenceShown;

    MatchRow(RequestRow request, OfferRow offer, MatchStatus status, double score, String matchedTags,
             String matchedWords, long proposedAt, long expiresAt) {
        this.request = request;
        this.offer = offer;
        this.status = status;
        this.score = score;
        this.matchedTags = matchedTags;
        this.matchedWords = matchedWords;
        this.proposedAt = proposedAt;
        this.expiresAt = expiresAt;
    }

    /** As the application leaves it: its guarded updates (accept, expire, withdraw, remind) do not touch it. */
    long updatedAt() {
        return Stream.of(proposedAt, status == MatchStatus.DECLINED ? decidedAt : null, referenceSubmittedAt, completedAt)
                .filter(Objects::nonNull).mapToLong(Long::longValue).max().orElseThrow();
    }
}
