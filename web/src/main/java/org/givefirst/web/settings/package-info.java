/** The member's settings: what they share when introduced, and which emails they get; unsubscribing from an email. */
package org.givefirst.web.settings;
