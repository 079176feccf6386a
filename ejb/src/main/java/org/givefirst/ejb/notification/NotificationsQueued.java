package org.givefirst.ejb.notification;

/** Fired when a use case queued email for a notification; observed after the commit to send it. */
public record NotificationsQueued() {
}
