/**
 * Keeping members safe: blocks between two members, reports about members and their content, and
 * the moderators' queue where reports are decided (hide the content, warn, suspend, or dismiss).
 */
package org.givefirst.ejb.moderation;
