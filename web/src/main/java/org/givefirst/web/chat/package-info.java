/**
 * The chat section of a CHAT match's page (times offered, picked, rescheduled, cancelled, whether
 * it happened) and the calendar file download. Times are read and typed in the member's own zone.
 */
package org.givefirst.web.chat;
