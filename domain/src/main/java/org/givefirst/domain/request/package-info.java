/**
 * Help requests: what a member asks for, specific and time-bound, and how many givers they want.
 * A request is OPEN until enough givers accepted (MATCHED), then FULFILLED when they have given.
 */
package org.givefirst.domain.request;
