/**
 * Chats on an accepted CHAT match: the times the giver offers, the one the requester picks,
 * rescheduling and cancelling with a note, and whether the chat happened. The rules live on
 * {@link org.givefirst.domain.chat.Chat}; times are instants (UTC), members' zones only show them.
 */
package org.givefirst.domain.chat;
