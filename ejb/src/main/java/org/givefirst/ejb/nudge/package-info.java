/**
 * Gentle nudges: a reminder of a proposal left unanswered, a pause for a giver who stopped
 * answering, ideas for a request nobody took. Each is sent once, whatever the number of instances.
 */
package org.givefirst.ejb.nudge;
