package org.migracode.talent.portal.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reading what arrived at a real SMTP server in tests (the in-process {@link EmbeddedSmtpServer}'s
 * {@code messages()} or a {@link TestSmtpServer}'s {@code received()}): waiting for a mail to one
 * address, its text part, its attachments. Every failure to read a message is a test failure.
 */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    /** The mails in {@code inbox} to {@code address} whose subject contains {@code subjectPart}. */
    public static List<MimeMessage> to(Supplier<List<MimeMessage>> inbox, String address, String subjectPart) {
        return inbox.get().stream().filter(to(address)).filter(m -> subject(m).contains(subjectPart)).toList();
    }

    /** Waits up to {@code timeout} for the first mail {@link #to(Supplier, String, String)} finds. */
    public static MimeMessage await(Supplier<List<MimeMessage>> inbox, String address, String subjectPart, Duration timeout) {
        return await(inbox, to(address).and(m -> subject(m).contains(subjectPart)), timeout,
                "a mail to " + address + " with \"" + subjectPart + "\" in its subject");
    }

    /** Waits up to {@code timeout} for the first mail in {@code inbox} that {@code matches}. */
    public static MimeMessage await(Supplier<List<MimeMessage>> inbox, Predicate<MimeMessage> matches, Duration timeout,
            String description) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> found = inbox.get().stream().filter(matches).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + description + " arrived within " + timeout + "; the server holds "
                        + inbox.get().size() + " mails");
            }
            sleep(100);
        }
    }

    public static Predicate<MimeMessage> to(String address) {
        return m -> {
            try {
                return m.getAllRecipients() != null && m.getAllRecipients().length > 0
                        && m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part (the whole content of a single-part mail). */
    public static String text(MimeMessage m) {
        for (Part part : parts(m)) {
            try {
                if (part.isMimeType("text/plain") && part.getFileName() == null) {
                    return part.getContent().toString();
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the mail has no text part");
    }

    /** The bytes of the attachment named {@code fileName}, if the mail has one. */
    public static Optional<byte[]> attachment(MimeMessage m, String fileName) {
        for (Part part : parts(m)) {
            try {
                if (fileName.equals(part.getFileName())) {
                    return Optional.of(part.getInputStream().readAllBytes());
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** The content type of the attachment named {@code fileName}. */
    public static Optional<String> attachmentType(MimeMessage m, String fileName) {
        for (Part part : parts(m)) {
            try {
                if (fileName.equals(part.getFileName())) {
                    return Optional.of(part.getContentType());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** The leaves of the message: the message itself when it is single-part. */
    static List<Part> parts(MimeMessage m) {
        List<Part> out = new ArrayList<>();
        try {
            Object content = m.getContent();
            if (content instanceof MimeMultipart multipart) {
                collect(multipart, out);
            } else {
                out.add(m);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void collect(MimeMultipart multipart, List<Part> into) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart inner) {
                collect(inner, into);
            } else {
                into.add(part);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
