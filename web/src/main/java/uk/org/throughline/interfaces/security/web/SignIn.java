package uk.org.throughline.interfaces.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.throughline.interfaces.security.ThrottledSignIn;

/** The sign-in page, /login.xhtml. */
@Named
@RequestScoped
public class SignIn {

    /**
     * One message for every failure, so the page never tells anyone which usernames exist. An attempt
     * refused unchecked after too many failures says that instead, and how long to wait, whether or
     * not the username exists.
     */
    static final String FAILED = "The username or password is not right";

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;
    private boolean signedOut;

    public String signIn() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            return "/index?faces-redirect=true";
        }
        ThrottledSignIn throttled = ThrottledSignIn.in((HttpServletRequest) external.getRequest());
        String message = throttled == null ? FAILED : throttled.message();
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        return null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Set from the address after signing out, to confirm it. */
    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
