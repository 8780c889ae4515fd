package org.migracode.talent.index.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
