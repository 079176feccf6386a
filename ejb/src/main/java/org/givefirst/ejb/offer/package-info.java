/** Offer use cases: post, list, pause and resume (one or all: "I'm away for a while"), close. */
package org.givefirst.ejb.offer;
