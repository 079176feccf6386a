package org.givefirst.domain.introduction;

import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.TestIds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntroductionTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(14));

    private final Member introducer = member(1, "Gina");
    private final Member seeker = member(2, "Xavier");
    private final Member contact = member(3, "Yara");

    @Test
    void isMadeOnlyWhenBothAgreed() {
        Introduction introduction = new Introduction(introducer, seeker, contact, null, "Talk!", LATER);
        assertThat(introduction.awaitsAnswerFrom(2)).isTrue();
        assertThat(introduction.awaitsAnswerFrom(3)).isTrue();
        assertThat(introduction.awaitsAnswerFrom(1)).isFalse();

        assertThat(introduction.agree(3, NOW)).isFalse();
        assertThat(introduction.getStatus()).isEqualTo(IntroductionStatus.PENDING);
        assertThat(introduction.awaitsAnswerFrom(3)).isFalse();
        assertThat(introduction.agree(2, NOW)).isTrue();
        assertThat(introduction.getStatus()).isEqualTo(IntroductionStatus.ACCEPTED);
        assertThat(introduction.getDecidedAt()).isEqualTo(NOW);
        assertThat(introduction.otherPerson(2)).isSameAs(contact);
        assertThat(introduction.otherPerson(3)).isSameAs(seeker);
    }

    @Test
    void oneNoEndsItForEveryoneAndNothingCanBeAnsweredAfter() {
        Introduction introduction = new Introduction(introducer, seeker, contact, null, "Talk!", LATER);
        introduction.agree(2, NOW);
        introduction.decline(3, NOW);
        assertThat(introduction.getStatus()).isEqualTo(IntroductionStatus.DECLINED);
        assertThat(introduction.awaitsAnswerFrom(2)).isFalse();
        assertThatThrownBy(() -> introduction.agree(3, NOW)).isInstanceOf(IntroductionNotPendingException.class);
    }

    @Test
    void cannotBeAnsweredOnceItsTimeIsUp() {
        Introduction introduction = new Introduction(introducer, seeker, contact, null, "Talk!", LATER);
        assertThatThrownBy(() -> introduction.agree(3, LATER)).isInstanceOf(IntroductionNotPendingException.class);
        assertThatThrownBy(() -> introduction.decline(3, LATER.plusSeconds(1))).isInstanceOf(IntroductionNotPendingException.class);
    }

    @Test
    void needsThreeDifferentPeopleAndAReason() {
        assertRefused("seeker", () -> new Introduction(introducer, seeker, seeker, null, "Talk!", LATER));
        assertRefused("contact", () -> new Introduction(introducer, seeker, introducer, null, "Talk!", LATER));
        assertRefused("seeker", () -> new Introduction(introducer, introducer, contact, null, "Talk!", LATER));
        assertRefused("blurb", () -> new Introduction(introducer, seeker, contact, null, "  ", LATER));
        assertRefused("blurb", () -> new Introduction(introducer, seeker, contact, null, "é".repeat(1001), LATER));
        assertThat(new Introduction(introducer, seeker, contact, null, "😀".repeat(1000), LATER).getBlurb()).hasSize(2000);
    }

    private static void assertRefused(String field, Runnable construction) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getField()).contains(field));
    }

    private static Member member(long id, String name) {
        return TestIds.withId(new Member(EmailAddress.of(name.toLowerCase() + "@example.org"), name, "hash", NOW), id);
    }
}
