/**
 * What every use case stands on: the schema migration at startup, the database probe behind the
 * readiness check, and the logger producer. No feature logic lives here.
 */
package org.givefirst.ejb.platform;
