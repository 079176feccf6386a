/** Community settings with sensible defaults, read from MicroProfile Config (environment or system properties). */
package org.givefirst.ejb.community;
