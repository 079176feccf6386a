/**
 * The demo community: an opt-in seeder (GIVEFIRST_DEMO=true) that fills an empty database with a
 * dozen believable members, so a newcomer sees something alive. Never used by tests.
 */
package org.givefirst.ejb.demo;
