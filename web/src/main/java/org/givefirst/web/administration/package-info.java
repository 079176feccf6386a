/**
 * The administrators' pages under {@code /admin}: community settings, members' roles and the audit
 * log. web.xml lets only the administrator role in; the services check again.
 */
package org.givefirst.web.administration;
