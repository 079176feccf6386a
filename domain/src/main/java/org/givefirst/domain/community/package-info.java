/**
 * The settings a community's administrators tune (the give-first rule, the open-request cap,
 * proposal expiry, the throttles' limits) and the range each may take.
 */
package org.givefirst.domain.community;
