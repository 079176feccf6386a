/** Backing bean of the signed-in member's dashboard. */
package org.givefirst.web.dashboard;
