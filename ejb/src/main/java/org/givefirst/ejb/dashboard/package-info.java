/** What a member's dashboard shows of their inbox, offers and requests: the latest few lines of each. */
package org.givefirst.ejb.dashboard;
