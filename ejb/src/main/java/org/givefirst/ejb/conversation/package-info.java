/** Private threads of matches and introductions: messages, read markers, new-message notifications. */
package org.givefirst.ejb.conversation;
