/**
 * Match use cases: the giver's inbox, accepting (exactly once, within capacity, even when many act
 * at once), declining, writing a reference, thanking; and the expiry of unanswered proposals.
 */
package org.givefirst.ejb.match;
