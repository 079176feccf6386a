/**
 * The audit log: security events (sign-ins, lockouts, password and role changes, settings
 * changes) with their time, member and client address, for administrators to read.
 */
package org.givefirst.domain.audit;
