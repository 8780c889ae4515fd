package org.migracode.talent.portal.cvs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * CV uploads ({@code talent.cvs.*}).
 *
 * @param maxFileSize the largest CV or LinkedIn export accepted; default 5MB (the multipart limit,
 *                    {@code talent.web.max-multipart-body}, must be at least this)
 */
@ConfigurationProperties("talent.cvs")
record CvProperties(@DefaultValue("5MB") DataSize maxFileSize) {

    CvProperties {
        if (maxFileSize.toBytes() < 1024) {
            throw new IllegalArgumentException("talent.cvs.max-file-size must be at least 1KB");
        }
    }
}
