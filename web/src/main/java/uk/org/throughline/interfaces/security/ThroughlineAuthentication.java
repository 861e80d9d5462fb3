package uk.org.throughline.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a request proves who sent it. The API is for machines: HTTP Basic on every request and no
 * session. The pages are for people: they sign in once on /login.xhtml and their HTTP session
 * carries them until they sign out or it times out. Either way the account is read afresh on every
 * request, so a disabled account is refused at once and changed roles apply to the next request;
 * and password guessing is slowed down ({@link SignInThrottle}).
 */
@ApplicationScoped
public class ThroughlineAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    ThroughlineIdentityStore identityStore;

    @Inject
    VerifiedApiCredentials verifiedApiCredentials;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (isApiCall(request)) {
            return authenticateApiCall(request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        HttpSession session = request.getSession(false);
        SignedInCaller caller = SignedInCaller.in(session);
        if (caller != null) {
            CredentialValidationResult account = identityStore.current(caller.username());
            if (account.getStatus() == CredentialValidationResult.Status.VALID) {
                SignedInCaller now = SignedInCaller.of(account);
                if (!now.equals(caller)) {
                    now.keepIn(session);
                }
                return context.notifyContainerAboutLogin(account);
            }
            // the account has been disabled since: its session ends here
            session.invalidate();
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response, context);
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
     * A 401 or 429 goes through the error page {@link SignInRefusedServlet}, which writes the
     * problem+json body and its headers: a response written here would be replaced by the container's
     * own error page.
     */
    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
        if (credential.isEmpty()) {
            return authorization == null && !context.isProtected()
                    ? context.doNothing()
                    : context.responseUnauthorized();
        }
        CredentialValidationResult result = check(credential.get(), request, verifiedApiCredentials::validate);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        if (ThrottledSignIn.in(request) == null) {
            return context.responseUnauthorized();
        }
        try {
            response.sendError(SignInRefusedServlet.TOO_MANY_REQUESTS);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Called through SecurityContext.authenticate by the sign-in page; a failure (with the
     * {@link ThrottledSignIn} on the request when it was not even checked) is for that page to report.
     */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = check(login, request, identityStoreHandler::validate);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        // A new session id at sign-in, so an id planted in the browser beforehand is worthless (session fixation).
        request.changeSessionId();
        SignedInCaller.of(result).keepIn(request.getSession());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Checks the credential with {@code passwordCheck} unless earlier failures make it wait (then NOT_VALIDATED,
     * with the {@link ThrottledSignIn} kept on the request), and tells the throttle how it went.
     */
    private CredentialValidationResult check(UsernamePasswordCredential credential, HttpServletRequest request,
            Function<UsernamePasswordCredential, CredentialValidationResult> passwordCheck) {
        String clientAddress = request.getRemoteAddr();
        Optional<Duration> wait = throttle.admit(credential.getCaller(), clientAddress);
        if (wait.isPresent()) {
            new ThrottledSignIn(wait.get()).keepIn(request);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        CredentialValidationResult result = passwordCheck.apply(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller(), clientAddress);
        } else {
            throttle.failed(credential.getCaller(), clientAddress);
        }
        return result;
    }

    /**
     * To the sign-in page. A page's ajax request cannot follow an HTTP redirect, so it is told in a
     * Faces partial response instead, which the page's script follows.
     */
    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String signInPage = request.getContextPath() + SIGN_IN_PAGE;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(signInPage);
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signInPage + "\"></redirect></partial-response>");
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
