/** Introductions: proposing one, answering an invitation, seeing how it went. */
package org.givefirst.web.introduction;
