package org.migracode.talent.portal.outcomes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.migracode.talent.index.outcomes.PlacementEvidence;

/**
 * What an evidence file really is, from its bytes (never from the name or the declared type):
 * PDF, PNG, JPEG, or plain UTF-8 text without control characters and not starting like markup.
 * The display name is reduced to safe characters and given the extension of the sniffed type.
 */
public final class EvidenceFiles {

    /** A file accepted as evidence: its safe display name and its sniffed type. */
    public record Accepted(String fileName, String contentType) {
    }

    private EvidenceFiles() {
    }

    /**
     * @throws IllegalArgumentException (with a message key as its message: outcomes.error.evidence.*)
     *     for an empty, too large or unsupported file
     */
    public static Accepted accept(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("outcomes.error.evidence.empty");
        }
        if (content.length > PlacementEvidence.MAX_BYTES) {
            throw new IllegalArgumentException("outcomes.error.evidence.tooLarge");
        }
        String type = sniff(content);
        if (type == null) {
            throw new IllegalArgumentException("outcomes.error.evidence.type");
        }
        return new Accepted(withExtension(PlacementEvidence.safeName(originalName), extension(type)), type);
    }

    /** The type the bytes show, or null when they are none of the accepted kinds. */
    static String sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(b, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        return isPlainText(b) ? "text/plain" : null;
    }

    private static boolean isPlainText(byte[] b) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return false;
            }
        }
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        // HTML, SVG, XML: a browser could render them; an offer letter in text never starts with '<'
        return !start.startsWith("<");
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> "txt";
        };
    }

    private static String withExtension(String name, String ext) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "evidence";
        }
        if (base.length() > 95) {
            base = base.substring(0, 95);
        }
        return base + "." + ext;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
