package org.migracode.talent.portal.cvs;

/** What an uploaded document turned out to be, judged by its content (never by its name). */
enum DocumentKind {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    TXT("text/plain"),
    LINKEDIN("application/zip");

    final String mediaType;

    DocumentKind(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The draft's origin: a LinkedIn export, or a CV in any of the other formats. */
    String origin() {
        return this == LINKEDIN ? "LINKEDIN" : "CV";
    }
}
