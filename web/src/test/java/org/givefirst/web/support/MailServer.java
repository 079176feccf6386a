package org.givefirst.web.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server for the whole integration-test run, in the test JVM: GreenMail, listening on
 * 127.0.0.1 (SMTP for the application, IMAP for the tests to read what arrived). Registered as a
 * JUnit launcher-session listener (META-INF/services), so it is up before the first server starts
 * and stopped after the last test; the application is pointed at it in arquillian.xml.
 */
public class MailServer implements LauncherSessionListener {

    public static final String HOST = "127.0.0.1";

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (MailServer.class) {
            if (greenMail != null) {
                greenMail.stop();
                greenMail = null;
            }
        }
    }

    private static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[]{
                    new ServerSetup(smtpPort(), HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort(), HOST, ServerSetup.PROTOCOL_IMAP)});
            greenMail.start();
        }
    }

    static int smtpPort() {
        return Integer.getInteger("givefirst.test.smtpPort", 3025);
    }

    static int imapPort() {
        return Integer.getInteger("givefirst.test.imapPort", 3143);
    }
}
