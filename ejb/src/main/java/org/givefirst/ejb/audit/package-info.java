/**
 * Writing and reading the audit log. Services record events inside their own use case, so an
 * event commits with what it reports; the client address comes from {@link org.givefirst.ejb.audit.RequestOrigin}.
 */
package org.givefirst.ejb.audit;
