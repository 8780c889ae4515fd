package org.migracode.talent.portal.school;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

/**
 * Accepts a logo by its content, not by its name or declared type: PNG or JPEG magic bytes, an
 * image that actually decodes, at most {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a
 * side. SVG is refused (it can carry scripts).
 */
final class LogoCheck {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_SIDE = 2000;

    private LogoCheck() {
    }

    /** The checked logo with its real content type; {@link IllegalArgumentException} (400) otherwise. */
    static StoredSchoolSettings.Logo check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the logo file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the logo may have at most " + MAX_BYTES / 1024 + " KB, this one has "
                    + (bytes.length + 1023) / 1024 + " KB");
        }
        String type = png(bytes) ? "image/png" : jpeg(bytes) ? "image/jpeg" : null;
        if (type == null) {
            throw new IllegalArgumentException("the logo must be a PNG or JPEG image (judged by its content)");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new IllegalArgumentException("the logo is not a readable PNG or JPEG image");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new IllegalArgumentException("the logo may be at most " + MAX_SIDE + " pixels wide and high");
        }
        return new StoredSchoolSettings.Logo(bytes, type);
    }

    private static boolean png(byte[] b) {
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean jpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
