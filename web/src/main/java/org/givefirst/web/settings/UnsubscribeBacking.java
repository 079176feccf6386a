package org.givefirst.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.givefirst.ejb.mail.Unsubscribes;
import org.givefirst.web.shared.Ids;

import java.io.Serializable;

/**
 * Backs {@code /unsubscribe.xhtml?m=…&t=…&s=…}, the link at the bottom of every email. It works
 * without signing in; the signature proves the link. Opening the link changes nothing (mail
 * scanners open links too): the one button does, as a POST. Mail clients that offer their own
 * unsubscribe button POST to the same address instead ({@link OneClickUnsubscribeFilter}).
 */
@Named("unsubscribe")
@ViewScoped // the link's values must still be there when the button is pressed
public class UnsubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Unsubscribes unsubscribes;

    private String m;
    private String t;
    private String s;
    private String topic;
    private boolean done;

    /** The topic the link stops, or null when the link is not genuine. */
    public String getTopic() {
        if (topic == null) {
            topic = Ids.parse(m).flatMap(memberId -> unsubscribes.check(memberId, t, s)).orElse("");
        }
        return topic.isEmpty() ? null : topic;
    }

    public String confirm() {
        done = Ids.parse(m).map(memberId -> unsubscribes.unsubscribe(memberId, t, s)).orElse(false);
        return null;
    }

    public boolean isDone() {
        return done;
    }

    public String getM() {
        return m;
    }

    public void setM(String m) {
        this.m = m;
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }

    public String getS() {
        return s;
    }

    public void setS(String s) {
        this.s = s;
    }
}
