/** Backing beans of the offer pages: the giver's offers, and posting a new one. */
package org.givefirst.web.offer;
