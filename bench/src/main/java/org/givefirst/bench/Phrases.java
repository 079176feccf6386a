package org.givefirst.bench;

import org.givefirst.domain.match.WrittenReference;
import org.givefirst.domain.shared.HelpKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

import static org.givefirst.bench.Vocabulary.pick;
import static org.givefirst.bench.Vocabulary.word;

/**
 * The sentences members write: profiles, offers, requests, thanks, declines, references and
 * messages — templates filled with the member's profession, skills, city and Zipf-drawn words, so
 * that the word index of the offers has the shape real text gives it.
 */
final class Phrases {

    private static final Map<HelpKind, List<String>> OFFER_TITLES = Map.of(
            HelpKind.INTRODUCTION, List.of("Introductions to people in %s", "Introductions to %s hiring managers I know",
                    "Introductions to early-stage %s founders and investors", "I can introduce you to %s teams I know"),
            HelpKind.REFERENCE, List.of("References for %s people I have worked with",
                    "A reference if we worked together on %s", "References for former colleagues in %s"),
            HelpKind.RECOMMENDATION, List.of("Written recommendations for %s people I have mentored",
                    "LinkedIn recommendations for %s colleagues", "A recommendation for your %s work, if I know it"),
            HelpKind.CHAT, List.of("20-minute chats about %s", "30-minute chats about moving into %s",
                    "A coffee chat about careers in %s", "Video chats about %s for newcomers"),
            HelpKind.JOB_SEARCH_HELP, List.of("Interview practice for %s roles", "An honest CV review for %s jobs",
                    "Portfolio reviews for junior %s people", "Mock interviews for %s positions",
                    "Salary negotiation practice for %s offers"),
            HelpKind.ADVICE, List.of("Advice on starting out in %s", "Advice on %s for first-time managers",
                    "Advice on %s when you work remotely", "Advice on moving into %s from another field"));

    // The glue of offer texts is mostly words matching ignores (see Words): only the kind's own words,
    // the skills and the Zipf-drawn words reach the word index, so its postings keep the shape of real text.
    private static final Map<HelpKind, List<String>> OFFER_PROMISES = Map.of(
            HelpKind.INTRODUCTION, List.of("Glad to make an introduction when it fits.",
                    "Ask, and I will see who I know.", "I can introduce you to people I trust."),
            HelpKind.REFERENCE, List.of("If we have worked together, I will write one.",
                    "I can vouch for work I have seen."),
            HelpKind.RECOMMENDATION, List.of("I can write you a recommendation.",
                    "Tell me the role and I will write to it."),
            HelpKind.CHAT, List.of("Ask me anything about it.", "Happy to have a chat with you."),
            HelpKind.JOB_SEARCH_HELP, List.of("Happy to help you get ready.", "I have been on both sides of the table."),
            HelpKind.ADVICE, List.of("Ask away: I have made most of the mistakes.",
                    "I will ask the questions that help you decide."));

    private static final Map<HelpKind, List<String>> REQUEST_TITLES = Map.of(
            HelpKind.INTRODUCTION, List.of("Introduction to someone in %s", "Looking for an introduction to a %s team",
                    "Who knows people working in %s?"),
            HelpKind.REFERENCE, List.of("Reference for a %s role I am applying to",
                    "A reference from someone I worked with on %s"),
            HelpKind.RECOMMENDATION, List.of("Recommendation for my %s work", "A short recommendation for a %s application"),
            HelpKind.CHAT, List.of("A short chat with someone in %s", "Chat about switching into %s",
                    "Twenty minutes with someone who knows %s"),
            HelpKind.JOB_SEARCH_HELP, List.of("Interview practice for a %s role", "Feedback on my CV for %s jobs",
                    "Portfolio review before %s interviews"),
            HelpKind.ADVICE, List.of("Advice on getting into %s", "Advice on my next step in %s", "Should I move into %s?"));

    private static final List<String> ZIPF_SENTENCES = List.of("Ask me about %s, %s and %s.",
            "Most of my work is %s and %s, with some %s.", "Happy to help with %s, %s or %s.",
            "I can get into %s, %s and %s.", "%s, %s, %s: ask me.");
    private static final List<String> BACKGROUNDS = List.of("My background: %s, %s and %s.",
            "I have done %s and %s, and some %s.", "Mostly %s and %s, with a bit of %s.");
    private static final List<String> REASONS = List.of("want to move into %s", "have an interview for a %s role soon",
            "just finished a course in %s", "am going back to %s after a long break", "was laid off and am looking at %s");
    private static final List<String> CLOSINGS = List.of("Any pointer helps.", "Thank you for reading!",
            "I can adapt to your time zone.", "Happy to send more details.", "");
    private static final List<String> THANKS = List.of("Thank you, %s — that was exactly what I needed.",
            "Thanks so much, %s! I got the interview.", "Really kind of you, %s. Your tips on %s helped a lot.",
            "Thank you for your time and your honesty, %s.", "I start the new role next month — thank you, %s!",
            "%s, you made this so much less scary. Thank you.");
    private static final List<String> DECLINE_REASONS = List.of("Not my area, I'm afraid.",
            "I'm travelling this month.", "I don't know anyone there, sorry.", "Fully booked until next month.",
            "I don't think I'm the right person for this one.", "Family things this week — sorry!");
    private static final List<String> DECLINE_SUGGESTIONS = List.of("Try the local %s meetup, they are very welcoming.",
            "Ask again in a few weeks?", "Someone with more %s experience would help you better.",
            "Post it with a %s tag too, it may reach more people.");
    private static final List<String> OPENERS = List.of("Hi %s, thank you for accepting! When would suit you?",
            "Hello %s, happy to help. Could you send me a bit more context first?",
            "Hi %s — I put my notes below. Would Thursday work?", "Hi %s, which time zone are you in?");
    private static final List<String> REPLIES = List.of("Thursday at ten works for me.", "Great, talk soon!",
            "Here is the link to my portfolio.", "Thanks, that was really useful.",
            "I sent the introduction this morning.", "Let me know how it goes!", "Sorry for the slow answer, busy week.",
            "Could we move it to next week?", "Done — have a look when you can.", "Perfect, thank you.");

    private static final List<String> MISHAPS = List.of("release", "migration", "database", "launch plan", "budget",
            "biggest client's order", "audit");

    private static final Pattern WITH_ARTICLE = Pattern.compile("(?<!\\p{L})a %s");

    private Phrases() {
    }

    static String headline(RandomGenerator random, String role, String skill) {
        String title = random.nextInt(10) < 6 ? pick(random, Vocabulary.SENIORITIES) + " " + role : capitalised(role);
        return title + ", " + skill;
    }

    static String bio(RandomGenerator random, String role, Vocabulary.City city, List<String> skills) {
        StringBuilder bio = new StringBuilder();
        bio.append(String.format(Locale.ROOT, "%d years as %s%s.", 2 + random.nextInt(25), withArticle(role),
                city == null ? "" : " in " + city.name()));
        bio.append(String.format(Locale.ROOT, " I care about %s and %s.", skills.get(0), skills.get(1)));
        if (random.nextBoolean()) {
            bio.append(" Outside work: ").append(pick(random, Vocabulary.PASTIMES)).append('.');
        }
        return bio.toString();
    }

    static String offerTitle(RandomGenerator random, HelpKind kind, String topic) {
        return String.format(Locale.ROOT, pick(random, OFFER_TITLES.get(kind)), topic);
    }

    static String offerDescription(RandomGenerator random, HelpKind kind, String role, List<String> tags) {
        List<String> sentences = new ArrayList<>();
        sentences.add(capitalised(String.format(Locale.ROOT, "%s work for %d years, as %s.", pick(random, tags),
                2 + random.nextInt(25), withArticle(role))));
        sentences.add(pick(random, OFFER_PROMISES.get(kind)));
        int first = random.nextInt(ZIPF_SENTENCES.size());
        for (int i = random.nextInt(3); i >= 0; i--) { // each template once
            sentences.add(zipfSentence(random, ZIPF_SENTENCES.get((first + i) % ZIPF_SENTENCES.size())));
        }
        return String.join(" ", sentences);
    }

    static String requestTitle(RandomGenerator random, HelpKind kind, String topic) {
        return filled(pick(random, REQUEST_TITLES.get(kind)), topic);
    }

    static String requestDetails(RandomGenerator random, String role, Vocabulary.City city, List<String> tags) {
        String reason = filled(pick(random, REASONS), pick(random, tags));
        String details = String.format(Locale.ROOT, "I'm %s%s and %s. %s %s", withArticle(role),
                city == null ? "" : " in " + city.name(), reason, zipfSentence(random, pick(random, BACKGROUNDS)),
                pick(random, CLOSINGS));
        return details.strip();
    }

    static String thanks(RandomGenerator random, String giverFirstName, String topic) {
        return String.format(Locale.ROOT, pick(random, THANKS), giverFirstName, topic); // not every template names the topic
    }

    static String declineReason(RandomGenerator random) {
        return pick(random, DECLINE_REASONS);
    }

    static String declineSuggestion(RandomGenerator random, String topic) {
        return String.format(Locale.ROOT, pick(random, DECLINE_SUGGESTIONS), topic);
    }

    /** Made by the domain's own constructor, which checks every field's rules. */
    static WrittenReference reference(RandomGenerator random, String requesterFirstName, String role, String topic) {
        return new WrittenReference(
                String.format(Locale.ROOT, "%s and I worked on the same %s team for %d years.", requesterFirstName, topic,
                        2 + random.nextInt(6)),
                String.format(Locale.ROOT, "%s is thorough, calm under pressure and generous with what they know about %s.",
                        requesterFirstName, topic),
                String.format(Locale.ROOT, "When our %s went wrong the week before a launch, %s found the cause and wrote"
                        + " it up so that nobody would hit it again.", pick(random, MISHAPS), requesterFirstName),
                capitalised(role) + " roles");
    }

    static String firstMessage(RandomGenerator random, String otherFirstName) {
        return String.format(Locale.ROOT, pick(random, OPENERS), otherFirstName);
    }

    static String reply(RandomGenerator random) {
        return pick(random, REPLIES);
    }

    /** The template with three different Zipf-drawn words. */
    private static String zipfSentence(RandomGenerator random, String template) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < 3) {
            words.add(word(random));
        }
        return capitalised(String.format(Locale.ROOT, template, words.toArray()));
    }

    /** The template with the noun in place of its {@code %s}, and "a %s" becoming "an …" where it should. */
    private static String filled(String template, String noun) {
        Matcher article = WITH_ARTICLE.matcher(template);
        return article.find() ? article.replaceFirst(Matcher.quoteReplacement(withArticle(noun)))
                : String.format(Locale.ROOT, template, noun);
    }

    /** "a data engineer", "an accountant", "a UX researcher", "an HR business partner". */
    private static String withArticle(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        boolean vowelSound = lower.startsWith("hr ") || "aeio".indexOf(lower.charAt(0)) >= 0
                || lower.startsWith("u") && !lower.startsWith("ux") && !lower.startsWith("us") && !lower.startsWith("uni");
        return (vowelSound ? "an " : "a ") + noun;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
