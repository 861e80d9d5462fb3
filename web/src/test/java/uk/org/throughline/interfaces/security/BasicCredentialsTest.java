package uk.org.throughline.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheUsernameAndPassword() {
        UsernamePasswordCredential credential = BasicCredentials.parse(basic("jsmith:s3cret")).orElseThrow();

        assertEquals("jsmith", credential.getCaller());
        assertEquals("s3cret", credential.getPasswordAsString());
    }

    @Test
    void thePasswordMayContainColonsAndNonAsciiLetters() {
        UsernamePasswordCredential credential = BasicCredentials.parse(basic("jsmith:pa:ss£word")).orElseThrow();

        assertEquals("pa:ss£word", credential.getPasswordAsString());
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        assertTrue(BasicCredentials.parse(basic("jsmith:x").replace("Basic", "basic")).isPresent());
    }

    @Test
    void anythingElseIsNoCredential() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc.def.ghi").isEmpty());
        assertTrue(BasicCredentials.parse("Basic not base64!").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
        assertTrue(BasicCredentials.parse(basic(":password-without-user")).isEmpty());
    }

    @Test
    void onlyPathsUnderApiUseBasicAuthentication() {
        assertTrue(ThroughlineAuthentication.isApiPath("/api/persons"));
        assertTrue(ThroughlineAuthentication.isApiPath("/api"));
        assertEquals(false, ThroughlineAuthentication.isApiPath("/apiary.xhtml"));
        assertEquals(false, ThroughlineAuthentication.isApiPath("/index.xhtml"));
    }
}
