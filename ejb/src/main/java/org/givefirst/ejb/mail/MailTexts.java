package org.givefirst.ejb.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts GiveFirst sends out of the app (emails, calendar files), in one language. */
public final class MailTexts {

    static final String BUNDLE = "org.givefirst.ejb.mail.mails";

    private final Locale locale;
    private final ResourceBundle bundle;

    public MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader());
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
