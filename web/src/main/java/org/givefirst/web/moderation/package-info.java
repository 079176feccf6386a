/**
 * Keeping members safe, in the browser: blocking from a profile (lifted in the settings), the
 * report form reached from a profile, an offer, a request or a message, and the moderators' queue
 * under {@code /moderation}.
 */
package org.givefirst.web.moderation;
