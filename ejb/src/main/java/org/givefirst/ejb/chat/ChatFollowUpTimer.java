package org.givefirst.ejb.chat;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.givefirst.ejb.shared.Claims;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every instance, asks the members of chats whose time is over whether they
 * happened: a non-persistent timer (persistent ones fire on one instance only and do not fail
 * over, see DESIGN.md), made safe by the claim in {@link ChatFollowUp}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatFollowUpTimer {

    private static final Logger LOG = Logger.getLogger(ChatFollowUpTimer.class.getName());

    @Inject
    private ChatFollowUp followUp;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "37", persistent = false)
    void askAfterChats() {
        Instant now = clock.instant();
        int asked = 0;
        try {
            asked = Claims.each(followUp.findDue(now), chatId -> followUp.ask(chatId, now), LOG, "Asking after chat");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Asking after chats failed; the next run tries again", e);
        }
        if (asked > 0) {
            int count = asked;
            LOG.info(() -> count + " chats asked about after their time");
        }
    }
}
