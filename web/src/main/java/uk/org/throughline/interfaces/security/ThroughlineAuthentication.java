package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * How a request proves who sent it. The API is for machines: HTTP Basic on every request and no
 * session. The pages are for people: they sign in once on /login.xhtml and their HTTP session
 * carries them until they sign out or it times out.
 */
@ApplicationScoped
public class ThroughlineAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    VerifiedApiCredentials verifiedApiCredentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApiCall(request)) {
            return authenticateApiCall(request, context);
        }
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        SignedInCaller caller = SignedInCaller.in(request.getSession(false));
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    static boolean isApiPath(String pathInApplication) {
        return pathInApplication.equals("/api") || pathInApplication.startsWith("/api/");
    }

    private static boolean isApiCall(HttpServletRequest request) {
        return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * A 401 goes through the error page {@link UnauthorizedProblemServlet}, which writes the
     * challenge and the problem+json body: a response written here would be replaced by the
     * container's own error page.
     */
    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
        if (credential.isPresent()) {
            CredentialValidationResult result = verifiedApiCredentials.recall(credential.get())
                    .orElseGet(() -> identityStoreHandler.validate(credential.get()));
            verifiedApiCredentials.remember(credential.get(), result);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        } else if (authorization == null && !context.isProtected()) {
            return context.doNothing();
        }
        return context.responseUnauthorized();
    }

    /** Called through SecurityContext.authenticate by the sign-in page; a failure is for that page to report. */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStoreHandler.validate(context.getAuthParameters().getCredential());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        // A new session id at sign-in, so an id planted in the browser beforehand is worthless (session fixation).
        request.changeSessionId();
        SignedInCaller.of(result).keepIn(request.getSession());
        return context.notifyContainerAboutLogin(result);
    }
}
