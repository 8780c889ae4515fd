package org.migracode.talent.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be ({@code talent.web.*}); a larger one answers 413 with a
 * problem body before anything reads it.
 *
 * @param maxRequestBody   every body except multipart uploads (JSON, forms); default 1MB
 * @param maxMultipartBody file uploads: {@code multipart/form-data}, and raw file bodies
 *                         ({@code application/octet-stream}, {@code application/pdf}, {@code image/*}) as
 *                         the evidence API takes them; default 10MB
 */
@ConfigurationProperties("talent.web")
public record RequestLimitsProperties(@DefaultValue("1MB") DataSize maxRequestBody,
                                      @DefaultValue("10MB") DataSize maxMultipartBody) {

    public RequestLimitsProperties {
        if (maxRequestBody.toBytes() < 1024 || maxMultipartBody.toBytes() < 1024) {
            throw new IllegalArgumentException("talent.web.max-request-body and .max-multipart-body must be at least 1KB");
        }
    }

    /** The limit for a request of this content type. */
    long limitFor(String contentType) {
        return isUpload(contentType) ? maxMultipartBody.toBytes() : maxRequestBody.toBytes();
    }

    private static boolean isUpload(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/octet-stream") || type.startsWith("application/pdf")
                || type.startsWith("image/");
    }
}
