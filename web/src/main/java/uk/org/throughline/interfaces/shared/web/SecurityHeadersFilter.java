package uk.org.throughline.interfaces.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries, the API's included: no Referer sent on from our addresses (they
 * hold record ids), no guessing a content type other than the one declared, and a
 * Content-Security-Policy that forbids framing, plugins and a changed base address and, for anything
 * but a page, loading anything at all. A page replaces that policy with its own (PrimeFaces',
 * {@code primefaces.CSP_POLICY} in web.xml), which adds its scripts' nonce; the sign-in refusals
 * ({@code /sign-in-refused}) pass here as error pages.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String NOTHING_BUT_ITSELF =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'none'";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(CONTENT_SECURITY_POLICY, NOTHING_BUT_ITSELF);
        chain.doFilter(request, new PagePolicyReplacesDefault(response));
    }

    /** A page's own policy, added by PrimeFaces, takes the place of the default rather than adding to it. */
    private static final class PagePolicyReplacesDefault extends HttpServletResponseWrapper {

        PagePolicyReplacesDefault(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
