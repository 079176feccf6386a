package org.givefirst.web.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deployments of the integration tests: the very WAR that the build produced (so tests see
 * what users get), plus the test's own classes where it runs inside the server.
 */
public final class Deployments {

    static {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Deployments() {
    }

    public static WebArchive givefirstWar() {
        File war = new File(System.getProperty("givefirst.war", "target/givefirst.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with mvnw verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
