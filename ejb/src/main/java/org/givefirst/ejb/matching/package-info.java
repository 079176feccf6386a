/**
 * The matching service: which offers fit a help request (same kind, active, capacity left, not the
 * requester's own), how well (shared tags and words), and fairly (less-loaded givers first).
 * {@link org.givefirst.ejb.matching.MatchRanker} is the pure ranking, with no database.
 */
package org.givefirst.ejb.matching;
