package org.givefirst.ejb.matching;

import org.givefirst.domain.shared.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks candidate offers for a help request. Fit is what the two share — a tag counts three times
 * as much as a word of the titles and descriptions — and an offer that shares nothing is never
 * proposed. Fairness: the fit is divided by (1 + half the giver's load this month), so the same
 * generous people are not asked again and again while others wait. Each giver appears once (with
 * their best offer). Pure and allocation-light: the benchmark runs it over thousands of offers.
 */
public final class MatchRanker {

    static final double TAG_WEIGHT = 3.0;
    static final double WORD_WEIGHT = 1.0;
    static final int WORDS_COUNTED_MAX = 5;
    static final double LOAD_PENALTY = 0.5;

    /** What the request needs. */
    public record Need(Set<String> tags, Set<String> words) {
    }

    /** An offer that could fit: its giver, tags, significant words and the giver's load this month. */
    public record Candidate(long offerId, long giverId, Set<String> tags, Set<String> words, long giverLoad) {
    }

    /** A candidate worth proposing, with the reasons a giver is shown. */
    public record Ranked(long offerId, long giverId, double score, List<String> matchedTags, List<String> matchedWords) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparingLong(Ranked::offerId);

    private MatchRanker() {
    }

    /** A candidate as the matching service reads it from an offer: its words come from the title and description. */
    public static Candidate candidate(long offerId, long giverId, Set<String> tags, String title, String description,
                                      long giverLoad) {
        String text = description == null ? title : title + " " + description;
        return new Candidate(offerId, giverId, tags, Words.significant(text), giverLoad);
    }

    /** What a request needs, from its tags, title and details. */
    public static Need need(Set<String> tags, String title, String details) {
        return new Need(tags, Words.significant(details == null ? title : title + " " + details));
    }

    /** The best {@code limit} candidates, best first. */
    public static List<Ranked> rank(Need need, List<Candidate> candidates, int limit) {
        Map<Long, Ranked> bestPerGiver = new HashMap<>();
        for (Candidate candidate : candidates) {
            Ranked ranked = score(need, candidate);
            if (ranked != null) {
                bestPerGiver.merge(candidate.giverId(), ranked, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Ranked> all = new ArrayList<>(bestPerGiver.values());
        all.sort(BEST_FIRST);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    static Ranked score(Need need, Candidate candidate) {
        List<String> sharedTags = shared(need.tags(), candidate.tags(), Integer.MAX_VALUE);
        List<String> sharedWords = shared(need.words(), candidate.words(), WORDS_COUNTED_MAX + sharedTags.size());
        sharedWords.removeAll(sharedTags); // a word that is also a shared tag counts once, as the tag
        if (sharedWords.size() > WORDS_COUNTED_MAX) {
            sharedWords = sharedWords.subList(0, WORDS_COUNTED_MAX);
        }
        if (sharedTags.isEmpty() && sharedWords.isEmpty()) {
            return null;
        }
        double fit = TAG_WEIGHT * sharedTags.size() + WORD_WEIGHT * sharedWords.size();
        double score = fit / (1.0 + LOAD_PENALTY * candidate.giverLoad());
        return new Ranked(candidate.offerId(), candidate.giverId(), score, sharedTags, sharedWords);
    }

    private static List<String> shared(Set<String> needed, Set<String> offered, int max) {
        List<String> shared = new ArrayList<>(Math.min(needed.size(), 8));
        Set<String> smaller = needed.size() <= offered.size() ? needed : offered;
        Set<String> larger = smaller == needed ? offered : needed;
        for (String value : smaller) {
            if (larger.contains(value)) {
                shared.add(value);
                if (shared.size() == max) {
                    break;
                }
            }
        }
        shared.sort(null);
        return shared;
    }
}
