/**
 * The benchmark's seed: a believable community generated from a random seed and written into an
 * empty database with plain JDBC. Tooling only: nothing here runs in the application.
 */
package org.givefirst.bench;
