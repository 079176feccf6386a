package org.givefirst.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers over HTTPS, which the integration tests (plain HTTP) cannot see: HSTS is sent only
 * when the request came over HTTPS, with everything else as on HTTP.
 */
class SecurityHeadersFilterTest {

    @Test
    void overHttpsThePageAlsoAsksForHttpsFromNowOn() throws Exception {
        Map<String, String> headers = filter(true);
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Cache-Control", "no-store")
                .containsKey("Content-Security-Policy");
    }

    @Test
    void overPlainHttpThereIsNoHsts() throws Exception {
        assertThat(filter(false)).doesNotContainKey("Strict-Transport-Security").containsKey("Content-Security-Policy");
    }

    /** Runs the filter on a request for a page and answers the headers it set. */
    private static Map<String, String> filter(boolean secure) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> "/dashboard";
                    case "getContextPath" -> "";
                    default -> null;
                });
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> { });
        return headers;
    }
}
