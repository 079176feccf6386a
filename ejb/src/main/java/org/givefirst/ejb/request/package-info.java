/**
 * Help-request use cases: the give-first rule and the cap on open requests, posting (which starts
 * matching), the requester's view of their requests and matches, closing.
 */
package org.givefirst.ejb.request;
