package org.givefirst.domain.conversation;

import org.givefirst.domain.introduction.Introduction;
import org.givefirst.domain.member.EmailAddress;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.givefirst.domain.shared.TestIds.withId;

class ConversationTest {

    private final Member xavier = withId(new Member(EmailAddress.of("x@example.org"), "Xavier", "hash", Instant.now()), 2);
    private final Member yara = withId(new Member(EmailAddress.of("y@example.org"), "Yara", "hash", Instant.now()), 3);
    private final Member gina = withId(new Member(EmailAddress.of("g@example.org"), "Gina", "hash", Instant.now()), 1);

    @Test
    void readMarkersFollowWhatEachSideHasSeen() {
        Conversation conversation = Conversation.about(
                new Introduction(gina, xavier, yara, null, "Talk!", Instant.now().plusSeconds(60)));
        assertThat(conversation.involves(2)).isTrue();
        assertThat(conversation.involves(1)).isFalse();
        assertThat(conversation.other(2)).isSameAs(yara);

        conversation.recordMessage(withId(new Message(conversation, xavier, "Hello"), 10));
        assertThat(conversation.hasUnreadFor(2)).isFalse();
        assertThat(conversation.hasUnreadFor(3)).isTrue();
        assertThat(conversation.readUpToOf(3)).isZero();

        conversation.markReadUpTo(3, 10);
        assertThat(conversation.hasUnreadFor(3)).isFalse();
        conversation.markReadUpTo(3, 4);
        assertThat(conversation.readUpToOf(3)).isEqualTo(10); // never back
        assertThatThrownBy(() -> conversation.markReadUpTo(1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageIsPlainTextOfAtMostTwoThousandCharacters() {
        Conversation conversation = Conversation.about(
                new Introduction(gina, xavier, yara, null, "Talk!", Instant.now().plusSeconds(60)));
        assertThat(new Message(conversation, xavier, "  <b>hi</b>\nthere  ").getBody()).isEqualTo("<b>hi</b>\nthere");
        assertThat(new Message(conversation, xavier, "🌱".repeat(2000)).getBody()).hasSize(4000);
        assertThatThrownBy(() -> new Message(conversation, xavier, "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField()).contains("body"));
        assertThatThrownBy(() -> new Message(conversation, xavier, " \n\t "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.message.required"));
    }
}
