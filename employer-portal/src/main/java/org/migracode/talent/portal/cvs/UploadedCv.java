package org.migracode.talent.portal.cvs;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** The bytes of an uploaded CV part, for the page and the API alike: none for a missing or empty part. */
final class UploadedCv {

    private UploadedCv() {
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? new byte[0] : file.getBytes();
    }
}
