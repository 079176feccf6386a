package org.givefirst.web.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of a browser test class, each in their own browser: opened before the class's tests,
 * closed after them, and on a failure the browser that acted last is photographed. Register it as
 * a static {@code @RegisterExtension} field and let each step say who acts: {@code as(ana)}.
 */
public final class Visitors implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    private final int count;
    private final List<Visitor> visitors = new ArrayList<>();
    private final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(this::lastBrowser);
    private Visitor lastActive;

    public Visitors(int count) {
        this.count = count;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        for (int i = 0; i < count; i++) {
            visitors.add(new Visitor());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        visitors.forEach(Visitor::close);
        visitors.clear();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        screenshots.handleTestExecutionException(context, failure);
    }

    /** The i-th person (from 0). */
    public Visitor get(int i) {
        return visitors.get(i);
    }

    /** This person acts now, on the application at {@code base}. */
    public Visitor as(Visitor visitor, URL base) {
        lastActive = visitor;
        return visitor.at(base);
    }

    private Browser lastBrowser() {
        return lastActive == null ? null : lastActive.browser();
    }
}
