/**
 * Keeping members safe from one another: blocks between two members, reports about a member or
 * their content, and what moderators decide about a report.
 */
package org.givefirst.domain.moderation;
