package org.givefirst.ejb.mail;

/**
 * One email ready to go: to whom, the subject, the plain-text and HTML parts, and the one-click
 * unsubscribe URL (also sent as the List-Unsubscribe header, RFC 8058; null for an email the member
 * asked for, such as a password-reset link).
 */
public record Email(String to, String subject, String text, String html, String unsubscribeUrl) {
}
