package org.migracode.talent.portal.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.migracode.talent.portal.system.PortalException;

/** A CSV file with refused rows: nothing was imported (400 {@code invalid-import}, with each row's errors). */
class InvalidImportException extends PortalException {

    private final ImportResult result;

    InvalidImportException(ImportResult result) {
        super(Kind.INVALID_INPUT, result.errors().size() + " invalid row(s); nothing was imported");
        this.result = result;
    }

    @Override
    public String type() {
        return "invalid-import";
    }

    @Override
    public String title() {
        return "Invalid import file";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("errors", result.errors());
        members.put("rows", result.rows());
        return members;
    }
}
