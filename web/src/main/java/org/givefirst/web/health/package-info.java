/** MicroProfile Health checks that load balancers and orchestrators ask before sending traffic. */
package org.givefirst.web.health;
