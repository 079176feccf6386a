/**
 * Private threads between two members — the giver and the requester of a match, or two people
 * introduced — so that nobody needs to reveal an email address or phone number to give or receive.
 */
package org.givefirst.domain.conversation;
