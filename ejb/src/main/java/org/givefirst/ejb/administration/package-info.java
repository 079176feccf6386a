/**
 * What administrators do: tune the community's settings, give members roles, read the audit log.
 * Every use case checks that the acting member is an administrator, whatever the web tier let through.
 */
package org.givefirst.ejb.administration;
