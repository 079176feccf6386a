/** Backing beans of the request pages: asking for help (after giving first), and following a request. */
package org.givefirst.web.request;
