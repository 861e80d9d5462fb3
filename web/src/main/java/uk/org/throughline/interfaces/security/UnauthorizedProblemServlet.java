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
 * The error page for 401 (web.xml): an API call without valid credentials gets the Basic challenge
 * and a problem+json body. It never says whether the username or the password was wrong. Pages
 * never see a 401: they are sent to the sign-in page instead.
 */
@WebServlet(UnauthorizedProblemServlet.PATH)
public class UnauthorizedProblemServlet extends HttpServlet {

    static final String PATH = "/unauthorized";

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
        ProblemDetail problem = ProblemType.UNAUTHORIZED.problem(
                "Sign in with HTTP Basic authentication, using your Throughline username and password.",
                requested == null ? request.getRequestURI() : requested.toString());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", WebApplicationExceptionMapper.BASIC_CHALLENGE);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(problem));
    }
}
