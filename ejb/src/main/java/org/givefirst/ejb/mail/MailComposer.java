package org.givefirst.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.givefirst.domain.member.Member;
import org.givefirst.ejb.notification.NotificationView;

import java.util.List;

/**
 * Writes the emails: in the recipient's language (bundle {@code org.givefirst.ejb.mail.mails}),
 * a plain-text and an HTML part saying the same, a link into the app, and the unsubscribe link.
 * They carry only what the recipient sees in the app anyway (names, request titles), never
 * message bodies or anything said about them.
 */
@ApplicationScoped
public class MailComposer {

    /** The unsubscribe topic of the digest: it stops every digest-delivered type. */
    public static final String DIGEST_TOPIC = "DIGEST";

    private static final String BUTTON_STYLE = "display:inline-block;padding:10px 20px;background:#c2571a;color:#ffffff;"
            + "border-radius:999px;text-decoration:none;font-weight:bold";

    @Inject
    private MailSettings settings;

    @Inject
    private UnsubscribeLinks unsubscribeLinks;

    /** The email of one notification. */
    public Email single(Member recipient, NotificationView notification) {
        MailTexts texts = new MailTexts(recipient.getLocale());
        String type = notification.type().name();
        String subject = texts.format("mail." + type + ".subject", notification.actor(), notification.subject());
        String line = texts.format("mail." + type + ".line", notification.actor(), notification.subject());
        String link = settings.getBaseUrl() + notification.path();
        String unsubscribe = settings.getBaseUrl() + unsubscribeLinks.pathFor(recipient.getId(), type);
        String stop = texts.format("mail.footer.unsubscribe", texts.format("mail.topic." + type));

        StringBuilder text = new StringBuilder()
                .append(texts.format("mail.greeting", recipient.getDisplayName())).append("\n\n")
                .append(line).append("\n\n")
                .append(texts.format("mail.open")).append(": ").append(link).append("\n");
        StringBuilder html = new StringBuilder()
                .append("<p>").append(escape(texts.format("mail.greeting", recipient.getDisplayName()))).append("</p>")
                .append("<p>").append(escape(line)).append("</p>")
                .append("<p><a href=\"").append(escape(link)).append("\" style=\"").append(BUTTON_STYLE).append("\">")
                .append(escape(texts.format("mail.open"))).append("</a></p>");
        footer(texts, text, html, stop, unsubscribe);
        return new Email(recipient.getEmail().value(), subject, text.toString(), wrap(html), unsubscribe);
    }

    /** The daily digest of several notifications. */
    public Email digest(Member recipient, List<NotificationView> notifications) {
        MailTexts texts = new MailTexts(recipient.getLocale());
        String subject = texts.format("mail.digest.subject", notifications.size());
        String unsubscribe = settings.getBaseUrl() + unsubscribeLinks.pathFor(recipient.getId(), DIGEST_TOPIC);
        String stop = texts.format("mail.footer.unsubscribe", texts.format("mail.topic." + DIGEST_TOPIC));

        StringBuilder text = new StringBuilder()
                .append(texts.format("mail.greeting", recipient.getDisplayName())).append("\n\n")
                .append(texts.format("mail.digest.intro")).append("\n\n");
        StringBuilder html = new StringBuilder()
                .append("<p>").append(escape(texts.format("mail.greeting", recipient.getDisplayName()))).append("</p>")
                .append("<p>").append(escape(texts.format("mail.digest.intro"))).append("</p><ul>");
        for (NotificationView notification : notifications) {
            String line = texts.format("mail." + notification.type().name() + ".line", notification.actor(), notification.subject());
            String link = settings.getBaseUrl() + notification.path();
            text.append("- ").append(line).append("\n  ").append(link).append("\n");
            html.append("<li><a href=\"").append(escape(link)).append("\">").append(escape(line)).append("</a></li>");
        }
        html.append("</ul>");
        footer(texts, text, html, stop, unsubscribe);
        return new Email(recipient.getEmail().value(), subject, text.toString(), wrap(html), unsubscribe);
    }

    /** The password-reset email: the link, how long it works, and what to do if it was not them. */
    public Email passwordReset(Member recipient, String resetPath) {
        MailTexts texts = new MailTexts(recipient.getLocale());
        String link = settings.getBaseUrl() + resetPath;
        String text = texts.format("mail.greeting", recipient.getDisplayName()) + "\n\n"
                + texts.format("mail.reset.line") + "\n\n" + link + "\n\n" + texts.format("mail.reset.notYou") + "\n";
        String html = "<p>" + escape(texts.format("mail.greeting", recipient.getDisplayName())) + "</p>"
                + "<p>" + escape(texts.format("mail.reset.line")) + "</p>"
                + "<p><a href=\"" + escape(link) + "\" style=\"" + BUTTON_STYLE + "\">" + escape(texts.format("mail.reset.button"))
                + "</a></p><p style=\"color:#666\">" + escape(texts.format("mail.reset.notYou")) + "</p>";
        return new Email(recipient.getEmail().value(), texts.format("mail.reset.subject"), text,
                wrap(new StringBuilder(html)), null);
    }

    private void footer(MailTexts texts, StringBuilder text, StringBuilder html, String stop, String unsubscribe) {
        String settingsLink = settings.getBaseUrl() + "/settings/notifications";
        text.append("\n-- \n")
                .append(texts.format("mail.footer.why")).append("\n")
                .append(stop).append(": ").append(unsubscribe).append("\n")
                .append(texts.format("mail.footer.settings")).append(": ").append(settingsLink).append("\n");
        html.append("<hr><p style=\"color:#666;font-size:12px\">").append(escape(texts.format("mail.footer.why")))
                .append("<br><a href=\"").append(escape(unsubscribe)).append("\">").append(escape(stop)).append("</a>")
                .append(" · <a href=\"").append(escape(settingsLink)).append("\">")
                .append(escape(texts.format("mail.footer.settings"))).append("</a></p>");
    }

    private static String wrap(StringBuilder body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.5;color:#222;max-width:36em\">"
                + body + "</body></html>";
    }

    /** Member text goes into HTML escaped, always. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
