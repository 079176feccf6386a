package org.givefirst.ejb.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.givefirst.domain.member.Member;
import org.givefirst.domain.notification.Delivery;
import org.givefirst.domain.notification.NotificationType;

import java.util.Arrays;
import java.util.Optional;

/**
 * The unsubscribe links of emails, used without signing in: the signature proves the link was
 * ours, for that member and that topic (a notification type, or the daily digest).
 */
@Stateless
public class Unsubscribes {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UnsubscribeLinks links;

    /** The topic a link stops, if the link is genuine; nothing changes. */
    public Optional<String> check(long memberId, String topic, String signature) {
        if (topic == null || !isTopic(topic) || !links.isValid(memberId, topic, signature)
                || entityManager.find(Member.class, memberId) == null) {
            return Optional.empty();
        }
        return Optional.of(topic);
    }

    /**
     * Stops the emails of the link's topic: that type is turned off, or for the digest, every type
     * the member gets in the digest. The app still shows them.
     *
     * @return false when the link is not genuine (then nothing changed)
     */
    public boolean unsubscribe(long memberId, String topic, String signature) {
        if (check(memberId, topic, signature).isEmpty()) {
            return false;
        }
        Member member = entityManager.find(Member.class, memberId);
        if (MailComposer.DIGEST_TOPIC.equals(topic)) {
            for (NotificationType type : NotificationType.values()) {
                if (member.deliveryOf(type) == Delivery.DAILY_DIGEST) {
                    member.chooseDelivery(type, Delivery.OFF);
                }
            }
        } else {
            member.chooseDelivery(NotificationType.valueOf(topic), Delivery.OFF);
        }
        return true;
    }

    private static boolean isTopic(String topic) {
        return MailComposer.DIGEST_TOPIC.equals(topic)
                || Arrays.stream(NotificationType.values()).anyMatch(type -> type.name().equals(topic));
    }
}
