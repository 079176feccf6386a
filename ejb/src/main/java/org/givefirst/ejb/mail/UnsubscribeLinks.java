package org.givefirst.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Signs and checks the unsubscribe links of emails, so that one click stops a kind of email
 * without signing in — and nobody can stop someone else's email by guessing a link. The key is
 * made once per database (migration V3), so every instance of a cluster signs alike.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PATH = "/unsubscribe";

    @PersistenceContext
    private EntityManager entityManager;

    private volatile byte[] key;

    /** The signature of "stop emails of this topic to this member"; a topic is a notification type or DIGEST. */
    public String sign(long memberId, String topic) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signature = mac.doFinal(("unsubscribe:" + memberId + ":" + topic).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public boolean isValid(long memberId, String topic, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(memberId, topic).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The path and query of the link (the base URL is added by whoever writes it out). */
    public String pathFor(long memberId, String topic) {
        return PATH + "?m=" + memberId + "&t=" + topic + "&s=" + URLEncoder.encode(sign(memberId, topic), StandardCharsets.UTF_8);
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            String secret = (String) entityManager.createNativeQuery("SELECT secret FROM app_secrets WHERE name = 'mail-links'")
                    .getSingleResult();
            current = secret.getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }
}
