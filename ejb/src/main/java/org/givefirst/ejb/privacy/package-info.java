/**
 * Members' control of their data: who sees which profile details, a download of everything
 * GiveFirst holds about them, and deleting their account.
 */
package org.givefirst.ejb.privacy;
