package org.migracode.talent.portal.cvs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.migracode.talent.portal.cvs.CvRefused.Reason;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded document's text, deciding what it is by its content, never by its name or
 * the browser's content type: {@code %PDF-} is a PDF (PDFBox, the first {@value #MAX_PDF_PAGES}
 * pages); a ZIP is a DOCX ({@code word/document.xml}), an ODT (its {@code mimetype} entry) or a
 * LinkedIn export (any of {@link LinkedInExport#FILES}); anything else is plain text when it decodes
 * as UTF-8 (or UTF-16 with a byte order mark, or Windows-1252) and holds no binary control bytes.
 * Everything else is refused with a reason ({@link CvRefused}): empty, too large, unsupported
 * (an image, an old .doc), password-protected, malformed, or without any text (a scanned PDF).
 */
@Component
class CvDocumentReader {

    static final int MAX_PDF_PAGES = 30;
    static final int MAX_TEXT = OfficeXmlText.MAX_CHARS;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Set<String> OFFICE_ENTRIES = Set.of("mimetype", "content.xml", "META-INF/manifest.xml",
            "word/document.xml", "word/_rels/document.xml.rels");

    private final LinkedInExport linkedIn = new LinkedInExport();

    /**
     * @param maxBytes the largest file accepted
     * @throws CvRefused with the reason a document cannot be read
     */
    DocumentText read(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new CvRefused(Reason.EMPTY, "the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new CvRefused(Reason.TOO_LARGE, "the file is larger than " + maxBytes + " bytes");
        }
        DocumentText text;
        if (startsWithPdf(bytes)) {
            text = new DocumentText(DocumentKind.PDF, pdf(bytes), null);
        } else if (ZipEntries.looksLikeZip(bytes)) {
            text = zip(bytes);
        } else if (startsWith(bytes, OLE2)) {
            if (containsUtf16(bytes, "EncryptionInfo")) {
                throw new CvRefused(Reason.ENCRYPTED, "a password-protected Office document");
            }
            throw new CvRefused(Reason.UNSUPPORTED, "an old binary Office document (.doc)");
        } else {
            text = new DocumentText(DocumentKind.TXT, plainText(bytes), null);
        }
        String t = text.text().length() > MAX_TEXT ? text.text().substring(0, MAX_TEXT) : text.text();
        t = t.replace("\u0000", "");
        if (t.isBlank() && (text.headline() == null || text.headline().isBlank())) {
            throw new CvRefused(Reason.NO_TEXT, "no text could be read from the " + text.kind() + " file");
        }
        return new DocumentText(text.kind(), t, text.headline());
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new CvRefused(Reason.ENCRYPTED, "a password-protected PDF", e);
        } catch (IOException | RuntimeException e) {
            throw new CvRefused(Reason.MALFORMED, "the PDF cannot be read", e);
        }
    }

    private DocumentText zip(byte[] bytes) {
        Map<String, byte[]> entries = ZipEntries.read(bytes,
                name -> OFFICE_ENTRIES.contains(name) || LinkedInExport.FILES.contains(ZipEntries.baseName(name)));
        byte[] mimetype = entries.get("mimetype");
        if (mimetype != null && new String(mimetype, StandardCharsets.US_ASCII).strip().equals(DocumentKind.ODT.mediaType)) {
            byte[] manifest = entries.get("META-INF/manifest.xml");
            if (manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data")) {
                throw new CvRefused(Reason.ENCRYPTED, "a password-protected ODT");
            }
            byte[] content = entries.get("content.xml");
            if (content == null) {
                throw new CvRefused(Reason.MALFORMED, "an ODT without content.xml");
            }
            return new DocumentText(DocumentKind.ODT, OfficeXmlText.odt(content), null);
        }
        if (entries.containsKey("word/document.xml")) {
            return new DocumentText(DocumentKind.DOCX,
                    OfficeXmlText.docx(entries.get("word/document.xml"), entries.get("word/_rels/document.xml.rels")), null);
        }
        if (entries.keySet().stream().anyMatch(n -> LinkedInExport.FILES.contains(ZipEntries.baseName(n)))) {
            return linkedIn.read(entries);
        }
        throw new CvRefused(Reason.UNSUPPORTED, "a ZIP archive that is neither a DOCX, an ODT nor a LinkedIn export");
    }

    /** UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; refused when it holds binary control bytes. */
    static String plainText(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return checkedText(decode(bytes, StandardCharsets.UTF_16));
        }
        int controls = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        if (controls > 0) {
            throw new CvRefused(Reason.UNSUPPORTED, "a binary file that is not a PDF, DOCX, ODT or text");
        }
        String utf8 = decode(bytes, StandardCharsets.UTF_8);
        String text = utf8 != null ? utf8 : decode(bytes, Charset.forName("windows-1252"));
        if (text == null) {
            throw new CvRefused(Reason.UNSUPPORTED, "a text file in an unknown encoding");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String checkedText(String text) {
        if (text == null) {
            throw new CvRefused(Reason.UNSUPPORTED, "a text file in an unknown encoding");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWithPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 16); // the PDF header may follow a byte order mark or a little junk
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsUtf16(byte[] bytes, String word) {
        byte[] needle = word.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
