package org.givefirst.bench;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The whole community, generated in memory from a seed before a row is written. Every part draws
 * from its own random stream, split from the seed in a fixed order: the same seed gives the same
 * rows, and every moment is the same distance before {@code now}.
 *
 * <p>Ids come from one counter, as the application's single id sequence hands them out: members
 * first, then offers, requests, matches, conversations, messages and notifications, each in the
 * order they happened, so that "newest first" by id is newest first by date.
 */
final class Community {

    /** How many of each; the benchmark's community at scale 1. */
    record Size(int members, int offers, int requests, int matches) {

        static Size scaled(double scale) {
            return new Size(scaled(10_000, scale), scaled(30_000, scale), scaled(50_000, scale), scaled(100_000, scale));
        }

        private static int scaled(int count, double scale) {
            return Math.max(1, (int) Math.round(count * scale));
        }
    }

    final List<MemberRow> members;
    final List<OfferRow> offers;
    final List<RequestRow> requests;
    final List<MatchRow> matches;
    final List<ConversationRow> conversations;
    final List<MessageRow> messages;
    final List<NotificationRow> notifications;
    /** The largest id handed out. */
    final long lastId;

    private Community(List<MemberRow> members, List<OfferRow> offers, List<RequestRow> requests,
                      List<MatchRow> matches, List<ConversationRow> conversations, List<MessageRow> messages,
                      List<NotificationRow> notifications, long lastId) {
        this.members = members;
        this.offers = offers;
        this.requests = requests;
        this.matches = matches;
        this.conversations = conversations;
        this.messages = messages;
        this.notifications = notifications;
        this.lastId = lastId;
    }

    /** The community as it stands at {@code now} (epoch seconds), its ids following {@code idBefore}. */
    static Community generate(long seed, Size size, long now, long idBefore) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom forMembers = random.split();
        SplittableRandom forOffers = random.split();
        SplittableRandom forRequests = random.split();
        SplittableRandom forMatches = random.split();
        SplittableRandom forConversations = random.split();

        List<MemberRow> members = People.generate(forMembers, size.members(), now, idBefore);
        long id = idBefore + members.size();
        List<OfferRow> offers = Offers.generate(forOffers, size.offers(), members, now);
        for (OfferRow offer : offers) {
            offer.id = ++id;
        }
        List<RequestRow> requests = Requests.generate(forRequests, size.requests(), members, offers, now);
        for (RequestRow request : requests) {
            request.id = ++id;
        }
        List<MatchRow> matches = new Matchmaking(forMatches, now, offers).matchAll(requests, size.matches());
        matches.sort(Comparator.comparingLong(match -> match.proposedAt));
        for (MatchRow match : matches) {
            match.id = ++id;
        }
        List<ConversationRow> conversations = Conversations.generate(forConversations, matches, now);
        conversations.sort(Comparator.comparingLong(conversation -> conversation.createdAt));
        for (ConversationRow conversation : conversations) {
            conversation.id = ++id;
        }
        List<MessageRow> messages = conversations.stream().flatMap(conversation -> conversation.messages.stream())
                .sorted(Comparator.comparingLong(message -> message.sentAt)).toList();
        for (MessageRow message : messages) {
            message.id = ++id;
        }
        List<NotificationRow> notifications = Notifications.generate(requests, matches, conversations);
        for (NotificationRow notification : notifications) {
            notification.id = ++id;
        }
        return new Community(members, offers, requests, matches, conversations, messages, notifications, id);
    }
}
