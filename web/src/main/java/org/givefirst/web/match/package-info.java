/** Backing beans of the giver's inbox and of a match's page (the next step, the reference, the thank-you). */
package org.givefirst.web.match;
