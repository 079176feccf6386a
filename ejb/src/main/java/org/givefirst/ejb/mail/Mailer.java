package org.givefirst.ejb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Talks SMTP to the configured server: one {@link Email} becomes one multipart/alternative message. */
@ApplicationScoped
public class Mailer {

    static final String TIMEOUT_MILLIS = "10000";

    @Inject
    private MailSettings settings;

    /**
     * Sends now, or throws: the caller's transaction then rolls back and the email stays queued.
     *
     * @param attachment an extra part (a calendar file), or null
     */
    public void send(Email email, Attachment attachment) throws MessagingException {
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.getFrom()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to()));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (email.unsubscribeUrl() != null) { // none on an email the member asked for (a reset link)
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (attachment == null) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart file = new MimeBodyPart();
            // Bytes with their type: no content handler is needed for text/calendar.
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    attachment.content().getBytes(StandardCharsets.UTF_8), attachment.contentType())));
            file.setFileName(attachment.fileName());
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(file);
            message.setContent(mixed);
        }
        if (settings.getUser().isPresent()) {
            Transport.send(message, settings.getUser().get(), settings.getPassword().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.getHost());
        properties.put("mail.smtp.port", String.valueOf(settings.getPort()));
        properties.put("mail.smtp.auth", String.valueOf(settings.getUser().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.isStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.isStartTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return properties;
    }

    /** A file sent with an email. */
    public record Attachment(String fileName, String contentType, String content) {
    }
}
