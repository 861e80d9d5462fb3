package uk.org.throughline.interfaces.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.org.throughline.interfaces.shared.dto.ProblemDetail;
import uk.org.throughline.interfaces.shared.rest.ProblemType;
import uk.org.throughline.interfaces.shared.rest.WebApplicationExceptionMapper;

/**
 * The error page for 401 and 429 (web.xml): an API call without valid credentials gets the Basic
 * challenge and a problem+json body, which never says whether the username or the password was
 * wrong; one refused because of earlier failed sign-ins ({@link ThrottledSignIn}) gets
 * {@code Retry-After} and says how long to wait. Pages never see either: they are sent to the
 * sign-in page, which says the same in words.
 */
@WebServlet(SignInRefusedServlet.PATH)
public class SignInRefusedServlet extends HttpServlet {

    static final String PATH = "/sign-in-refused";
    static final int TOO_MANY_REQUESTS = 429;

    private static final long serialVersionUID = 1L;

    private transient Jsonb jsonb;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception e) {
            log("Closing JSON-B failed", e);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object requested = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = requested == null ? request.getRequestURI() : requested.toString();
        ThrottledSignIn throttled = ThrottledSignIn.in(request);
        ProblemDetail problem;
        if (throttled == null) {
            problem = ProblemType.UNAUTHORIZED.problem(
                    "Sign in with HTTP Basic authentication, using your Throughline username and password.", instance);
            response.setHeader("WWW-Authenticate", WebApplicationExceptionMapper.BASIC_CHALLENGE);
        } else {
            problem = ProblemType.TOO_MANY_SIGN_INS.problem(throttled.message(), instance);
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
        response.setStatus(problem.status());
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(problem));
    }
}
