package uk.org.throughline.interfaces.programme.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A PDF the browser saves rather than shows inline, and no cache keeps (it holds personal data). */
final class PdfDownload {

    static final String MEDIA_TYPE = "application/pdf";

    private PdfDownload() {
    }

    static Response of(byte[] pdf, String fileName) {
        return Response.ok(pdf, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
