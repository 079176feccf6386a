package org.givefirst.web.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.util.function.Supplier;

/** Saves a screenshot of the browser's page when a browser test fails, named after the test. */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    private final Supplier<Browser> browser;

    public ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser current = browser.get();
        if (current != null) {
            try {
                current.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }
}
