/** The public landing page: what GiveFirst is, and the way in. */
package org.givefirst.web.landing;
