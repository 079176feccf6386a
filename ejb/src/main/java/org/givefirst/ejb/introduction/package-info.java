/** Double opt-in introductions: proposing, agreeing or declining, expiring. */
package org.givefirst.ejb.introduction;
