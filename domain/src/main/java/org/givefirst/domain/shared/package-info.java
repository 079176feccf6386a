/**
 * The shared kernel of the domain: the mapped-superclass chain every entity extends, tags, and the
 * base of business exceptions. Nothing here knows about a particular feature.
 */
package org.givefirst.domain.shared;
