package org.givefirst.web.shared;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one resource bundle of GiveFirst, read in the visitor's locale. */
public final class Texts {

    public static final String BUNDLE = "org.givefirst.web.i18n.messages";

    private Texts() {
    }

    /** The translated text of a key, with {0}-style parameters filled in; the key itself when missing. */
    public static String get(String key, Object... params) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : Locale.ENGLISH;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
