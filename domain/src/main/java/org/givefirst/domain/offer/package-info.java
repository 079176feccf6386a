/**
 * Offers to help: what a giver can give, how often (capacity per month), and whether the offer is
 * active, paused or closed. Capacity is consumed when a giver accepts a match.
 */
package org.givefirst.domain.offer;
