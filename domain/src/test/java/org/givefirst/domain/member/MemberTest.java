package org.givefirst.domain.member;

import org.givefirst.domain.shared.InvalidValueException;
import org.givefirst.domain.shared.Tag;
import org.givefirst.domain.shared.TestIds;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberTest {

    private static Member ana() {
        return new Member(EmailAddress.of("ana@example.org"), "Ana", "hash", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void keepsNamesInAnyScriptExactly() {
        Member member = new Member(EmailAddress.of("z@example.org"), "  Zoë Ñúñez 李娜 🌱 ", "hash", Instant.now());
        assertThat(member.getDisplayName()).isEqualTo("Zoë Ñúñez 李娜 🌱");
    }

    @Test
    void normalisesDecomposedAccentsToOneForm() {
        Member member = new Member(EmailAddress.of("z@example.org"), "Zoe\u0308", "hash", Instant.now());
        assertThat(member.getDisplayName()).isEqualTo("Zo\u00eb");
    }

    @Test
    void requiresADisplayName() {
        assertThatThrownBy(() -> new Member(EmailAddress.of("z@example.org"), "   ", "hash", Instant.now()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getField()).contains("displayName"));
    }

    @Test
    void countsEmojiAsOneCharacterOfTheNameLimit() {
        String eightyEmoji = "🌱".repeat(Member.DISPLAY_NAME_MAX);
        assertThat(Member.checkDisplayName(eightyEmoji)).isEqualTo(eightyEmoji);
        assertThatThrownBy(() -> Member.checkDisplayName(eightyEmoji + "x"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void updatesTheWholeProfile() {
        Member member = ana();
        member.updateProfile(new ProfileDetails("Ana Silva", " Backend engineer ", "Payments.", "Lisbon",
                List.of(Tag.of("Java"), Tag.of("backend"))));
        assertThat(member.getDisplayName()).isEqualTo("Ana Silva");
        assertThat(member.getHeadline()).isEqualTo("Backend engineer");
        assertThat(member.getBio()).isEqualTo("Payments.");
        assertThat(member.getLocation()).isEqualTo("Lisbon");
        assertThat(member.getSkills()).containsExactly(Tag.of("backend"), Tag.of("java"));
    }

    @Test
    void blankOptionalFieldsBecomeEmpty() {
        Member member = ana();
        member.updateProfile(new ProfileDetails("Ana", "  ", "", null, List.of()));
        assertThat(member.getHeadline()).isNull();
        assertThat(member.getBio()).isNull();
        assertThat(member.getLocation()).isNull();
    }

    @Test
    void anInvalidFieldChangesNothing() {
        Member member = ana();
        member.updateProfile(new ProfileDetails("Ana", "Engineer", null, null, List.of(Tag.of("java"))));
        assertThatThrownBy(() -> member.updateProfile(new ProfileDetails("Someone else", "x".repeat(121), null,
                null, List.of())))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField()).contains("headline"));
        assertThat(member.getDisplayName()).isEqualTo("Ana");
        assertThat(member.getHeadline()).isEqualTo("Engineer");
        assertThat(member.getSkills()).containsExactly(Tag.of("java"));
    }

    @Test
    void refusesTooManySkills() {
        List<Tag> skills = IntStream.rangeClosed(1, Member.SKILLS_MAX + 1).mapToObj(i -> Tag.of("skill " + i)).toList();
        assertThatThrownBy(() -> ana().updateProfile(new ProfileDetails("Ana", null, null, null, skills)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField()).contains("skills"));
    }

    @Test
    void refusesAnOverlongBio() {
        assertThatThrownBy(() -> Member.checkBio("a".repeat(Member.BIO_MAX + 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Member.checkBio("a".repeat(Member.BIO_MAX))).hasSize(Member.BIO_MAX);
    }

    @Test
    void remembersWhichFieldsOnlyMatchedMembersSee() {
        Member ana = ana();
        assertThat(ana.getMatchedOnlyFields()).isEmpty();
        ana.showOnlyToMatched(Set.of(ProfileField.SKILLS, ProfileField.BIO));
        assertThat(ana.getMatchedOnlyFields()).containsExactly(ProfileField.BIO, ProfileField.SKILLS);
        ana.showOnlyToMatched(Set.of());
        assertThat(ana.getMatchedOnlyFields()).isEmpty();
    }

    @Test
    void aDeletedAccountKeepsNothingThatIdentifiesTheMember() {
        Member ana = TestIds.withId(ana(), 42L);
        ana.updateProfile(new ProfileDetails("Ana Lima", "Engineer", "Ask me about Java.", "Lisbon", List.of(Tag.of("java"))));
        ana.updateContactDetails("ana@example.net");
        ana.showOnlyToMatched(Set.of(ProfileField.BIO));
        int epoch = ana.getSessionEpoch();

        ana.delete(Instant.parse("2026-12-01T10:00:00Z"), "unusable");

        assertThat(ana.isDeleted()).isTrue();
        assertThat(ana.getDisplayName()).isEqualTo(Member.FORMER_MEMBER_NAME);
        assertThat(ana.getEmail().value()).isEqualTo("deleted-42@deleted.givefirst.invalid");
        assertThat(ana.getPasswordHash()).isEqualTo("unusable");
        assertThat(ana.getHeadline()).isNull();
        assertThat(ana.getBio()).isNull();
        assertThat(ana.getLocation()).isNull();
        assertThat(ana.getContactDetails()).isNull();
        assertThat(ana.getSkills()).isEmpty();
        assertThat(ana.getMatchedOnlyFields()).isEmpty();
        assertThat(ana.getSessionEpoch()).as("every session ends").isEqualTo(epoch + 1);
    }
}
