package org.givefirst.bench;

import org.givefirst.domain.match.MatchStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static org.givefirst.bench.Moments.DAY;
import static org.givefirst.bench.Moments.MINUTE;

/** Threads on some accepted matches: a few messages back and forth after the accept. */
final class Conversations {

    /** Of every hundred accepted matches, this many have a thread. */
    static final int PERCENT_OF_ACCEPTED = 15;
    static final int MESSAGES_MAX = 6;

    private Conversations() {
    }

    /** The conversations in the order of the matches; their messages in the order they were sent. */
    static List<ConversationRow> generate(RandomGenerator random, List<MatchRow> matches, long now) {
        List<ConversationRow> conversations = new ArrayList<>();
        for (MatchRow match : matches) {
            boolean accepted = match.status == MatchStatus.ACCEPTED || match.status == MatchStatus.COMPLETED;
            if (accepted && random.nextInt(100) < PERCENT_OF_ACCEPTED) {
                long startedAt = match.decidedAt + Moments.between(random, 10 * MINUTE, 2 * DAY);
                if (startedAt < now - MINUTE) {
                    conversations.add(conversation(random, match, startedAt, now));
                }
            }
        }
        return conversations;
    }

    private static ConversationRow conversation(RandomGenerator random, MatchRow match, long startedAt, long now) {
        int count = 1 + random.nextInt(MESSAGES_MAX);
        List<Long> times = new ArrayList<>(count);
        for (long at = startedAt; times.size() < count && at < now; ) {
            times.add(at);
            at += Moments.between(random, 5 * MINUTE, 2 * DAY);
        }
        boolean old = now - times.getLast() > 2 * DAY;
        ConversationRow conversation = new ConversationRow(match, startedAt, random.nextInt(100) < (old ? 95 : 50));
        MemberRow sender = random.nextInt(10) < 6 ? conversation.second() : conversation.first();
        for (long at : times) {
            String body = conversation.messages.isEmpty()
                    ? Phrases.firstMessage(random, conversation.other(sender).firstName) : Phrases.reply(random);
            conversation.messages.add(new MessageRow(conversation, sender, body, at));
            sender = random.nextInt(4) < 3 ? conversation.other(sender) : sender;
        }
        return conversation;
    }
}
