/**
 * Chat use cases on an accepted CHAT match: offering times, picking one, rescheduling, cancelling,
 * saying whether it happened, the calendar file, and the job that asks after the chosen time.
 */
package org.givefirst.ejb.chat;
