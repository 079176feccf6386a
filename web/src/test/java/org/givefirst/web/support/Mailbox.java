package org.givefirst.web.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The inbox of one address on the tests' mail server, read over IMAP — from the test JVM or from
 * inside the application server alike. GreenMail opens an account for each address it receives
 * mail for, with the address as login and password.
 */
public final class Mailbox {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    /** Waits until at least {@code count} emails arrived (or the timeout passed) and returns all of them. */
    public List<ReceivedMail> await(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ReceivedMail> mails = read();
        while (mails.size() < count && System.nanoTime() < deadline) {
            sleep();
            mails = read();
        }
        return mails;
    }

    /** What arrived so far. */
    public List<ReceivedMail> read() {
        Properties properties = new Properties();
        properties.put("mail.imap.host", MailServer.HOST);
        properties.put("mail.imap.port", String.valueOf(imapPort()));
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect(MailServer.HOST, imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(ReceivedMail.of(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mail for this address yet: GreenMail has no account for it
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address, e);
        }
    }

    private static int imapPort() {
        return Integer.getInteger("givefirst.test.imapPort", 3143);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An email as it arrived: its headers that matter and both of its parts. */
    public record ReceivedMail(List<String> to, String from, String subject, String text, String html,
                               String listUnsubscribe, String listUnsubscribePost, List<String> attachmentNames,
                               List<String> attachmentContents) implements java.io.Serializable {

        static ReceivedMail of(Message message) throws MessagingException, IOException {
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(
                    Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList(),
                    message.getFrom()[0].toString(), message.getSubject(), parts.text, parts.html,
                    header(message, "List-Unsubscribe"), header(message, "List-Unsubscribe-Post"),
                    parts.attachmentNames, parts.attachmentContents);
        }

        private static String header(Message message, String name) throws MessagingException {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        }
    }

    private static final class Parts {
        String text;
        String html;
        final List<String> attachmentNames = new ArrayList<>();
        final List<String> attachmentContents = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.getFileName() != null) {
                attachmentNames.add(part.getFileName());
                Object content = part.getContent();
                attachmentContents.add(content instanceof String s ? s
                        : new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }
}
