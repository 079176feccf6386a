/**
 * Matches: a help request paired with an offer, proposed to its giver with a score and the
 * reasons, then accepted and given (a written reference, an introduction, a chat) and thanked.
 * The legal transitions live on {@link org.givefirst.domain.match.Match}.
 */
package org.givefirst.domain.match;
