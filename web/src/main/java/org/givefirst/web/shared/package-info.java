/**
 * What every page of the web tier shares: translated messages and the bridge that turns the
 * domain's rule violations into messages beside the field they are about.
 */
package org.givefirst.web.shared;
