/**
 * Email: notifications sent through an SMTP server configured by the environment, each with a
 * plain-text and an HTML part in the recipient's language and a signed one-click unsubscribe link.
 */
package org.givefirst.ejb.mail;
