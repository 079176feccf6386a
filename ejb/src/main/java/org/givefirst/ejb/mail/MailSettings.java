package org.givefirst.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where email goes. MicroProfile Config keys, so the environment sets them:
 * {@code GIVEFIRST_MAIL_HOST}, {@code GIVEFIRST_MAIL_PORT}, {@code GIVEFIRST_MAIL_USER},
 * {@code GIVEFIRST_MAIL_PASSWORD}, {@code GIVEFIRST_MAIL_FROM}, {@code GIVEFIRST_MAIL_STARTTLS},
 * and {@code GIVEFIRST_BASEURL} for the links in emails. Without a host, no email is sent (the
 * notifications still show in the app).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "givefirst.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "givefirst.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "givefirst.mail.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "givefirst.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "givefirst.mail.from", defaultValue = "GiveFirst <no-reply@givefirst.invalid>")
    private String from;

    @Inject
    @ConfigProperty(name = "givefirst.mail.starttls", defaultValue = "false")
    private boolean startTls;

    /** The hour, in each member's time zone, from which their day's digest goes out. */
    @Inject
    @ConfigProperty(name = "givefirst.mail.digestHour", defaultValue = "7")
    private int digestHour;

    @Inject
    @ConfigProperty(name = "givefirst.baseUrl", defaultValue = "http://localhost:8080")
    private String baseUrl;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String getHost() {
        return host.orElse("");
    }

    public int getPort() {
        return port;
    }

    public Optional<String> getUser() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> getPassword() {
        return password;
    }

    public String getFrom() {
        return from;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public int getDigestHour() {
        return digestHour;
    }

    /** The address members reach the application at, without a trailing slash. */
    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
