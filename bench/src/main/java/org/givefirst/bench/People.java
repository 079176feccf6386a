package org.givefirst.bench;

import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.NotificationType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.givefirst.bench.Moments.DAY;
import static org.givefirst.bench.Moments.HOUR;
import static org.givefirst.bench.Vocabulary.pick;

/** The members: names, professions, cities, skills, and how they like to hear from GiveFirst. */
final class People {

    /** How far back the community goes: a little over a year. */
    static final long HISTORY = 395 * DAY;

    private People() {
    }

    /** Members 1..count, oldest first, so that ids grow with the date they joined. */
    static List<MemberRow> generate(RandomGenerator random, int count, long now, long idBefore) {
        long[] joined = new long[count];
        for (int i = 0; i < count; i++) {
            // More recent than not: the community grows.
            joined[i] = now - HOUR - (long) ((HISTORY - HOUR) * Math.pow(random.nextDouble(), 1.3));
        }
        Arrays.sort(joined);
        List<MemberRow> members = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            members.add(member(random, number, idBefore + number, joined[number - 1], now));
        }
        return members;
    }

    private static MemberRow member(RandomGenerator random, int number, long id, long joinedAt, long now) {
        String firstName = pick(random, Vocabulary.FIRST_NAMES);
        String displayName = Member.checkDisplayName(firstName + " " + pick(random, Vocabulary.LAST_NAMES));
        String role = pick(random, Vocabulary.ROLES);
        Vocabulary.City city = random.nextInt(100) < 85 ? pick(random, Vocabulary.CITIES) : null;
        List<String> skills = skills(random);
        String headline = Member.checkHeadline(Phrases.headline(random, role, skills.getFirst()));
        String bio = Member.checkBio(Phrases.bio(random, role, city, skills));
        String email = EmailAddress.of("member" + number + "@seed.givefirst.invalid").value();
        String contact = random.nextInt(100) < 40 ? "Email me at " + email : null;
        long updatedAt = Moments.between(random, joinedAt, Math.min(now, joinedAt + 30 * DAY));
        return new MemberRow(id, email, joinedAt, updatedAt, lastSeen(random, joinedAt, now), firstName, displayName,
                role, city, headline, bio, contact, skills, deliveries(random));
    }

    private static List<String> skills(RandomGenerator random) {
        Set<String> skills = new LinkedHashSet<>();
        int count = 2 + random.nextInt(7);
        while (skills.size() < count) {
            skills.add(pick(random, Vocabulary.SKILLS));
        }
        return List.copyOf(skills);
    }

    /** Most members came by in the last days, some weeks ago, a few months ago. */
    private static long lastSeen(RandomGenerator random, long joinedAt, long now) {
        int kind = random.nextInt(10);
        long ago = kind < 6 ? random.nextLong(2 * DAY) : kind < 9 ? random.nextLong(14 * DAY) : random.nextLong(90 * DAY);
        return Math.max(joinedAt, now - ago);
    }

    /** Most keep the default (every notification by email at once); some choose the digest, or silence. */
    private static Map<NotificationType, Delivery> deliveries(RandomGenerator random) {
        Map<NotificationType, Delivery> deliveries = new EnumMap<>(NotificationType.class);
        int kind = random.nextInt(100);
        if (kind < 15) {
            deliveries.put(NotificationType.PROPOSAL_NEW, Delivery.DAILY_DIGEST);
            deliveries.put(NotificationType.PROPOSAL_REMINDER, Delivery.DAILY_DIGEST);
        } else if (kind < 22) {
            deliveries.put(NotificationType.MESSAGE_RECEIVED, Delivery.OFF);
        } else if (kind < 25) {
            for (NotificationType type : NotificationType.values()) {
                deliveries.put(type, Delivery.OFF);
            }
        }
        return deliveries;
    }
}
