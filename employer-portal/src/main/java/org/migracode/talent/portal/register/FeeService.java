package org.migracode.talent.portal.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.HalfYear;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement fees: what the school charges for a hire. Staff only, by method security; nothing
 * here is reachable from a recruiter's pages, a company report or the public report.
 */
@Service
@Transactional
public class FeeService {

    /** How far a fee has got. */
    public enum FeeStatus { NOT_INVOICED, INVOICED, PAID }

    /** A placement's fee; {@code version} null when none is recorded yet. */
    public record Fee(UUID placementId, String employer, String roleTitle, LocalDate startDate, BigDecimal amount, String currency,
            FeeStatus status, LocalDate feeDate, Long version) {
    }

    /** One line of the fees report: a half-year, a company and a currency. */
    public record FeeLine(String period, String company, String currency, int hires, BigDecimal total, BigDecimal invoiced,
            BigDecimal paid) {
    }

    static final BigDecimal MAX = new BigDecimal("9999999.99");

    private final JdbcTemplate jdbc;
    private final AuditRecorder audit;

    FeeService(JdbcTemplate jdbc, AuditRecorder audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Fee fee(UUID placementId) {
        List<Fee> fees = jdbc.query("""
                select p.id, coalesce(c.name, p.employer_name, ''), p.role_title, p.start_date, f.amount, f.currency, f.status,
                       f.fee_date, f.version
                from placement p left join company c on c.id = p.company_id left join placement_fee f on f.placement_id = p.id
                where p.id = ?""", (rs, i) -> new Fee(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getString(6),
                rs.getString(7) == null ? null : FeeStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getObject(9) == null ? null : rs.getLong(9)), placementId);
        return fees.stream().findFirst().orElseThrow(() -> new RegisterNotFoundException("placement"));
    }

    /**
     * Records or replaces the fee. Bad values are form errors (register.error.fee.*); an edit based on
     * an older version is refused like any stale edit and stores nothing.
     */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    public Fee record(UUID placementId, String amount, String currency, String status, String feeDate, Long version, UUID by) {
        Fee current = fee(placementId);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = null;
        try {
            value = new BigDecimal(amount == null ? "" : amount.strip().replace(',', '.'));
            if (value.signum() < 0 || value.compareTo(MAX) > 0 || value.scale() > 2) {
                errors.put("amount", "register.error.fee.amount");
            }
        } catch (NumberFormatException e) {
            errors.put("amount", "register.error.fee.amount");
        }
        String cur = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (!cur.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(cur);
            }
            Currency.getInstance(cur);
        } catch (IllegalArgumentException e) {
            errors.put("currency", "register.error.fee.currency");
        }
        FeeStatus st = null;
        try {
            st = FeeStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            errors.put("status", "register.error.fee.status");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(feeDate == null ? "" : feeDate.strip());
            if (date.isBefore(LocalDate.of(2000, 1, 1)) || date.isAfter(LocalDate.now().plusYears(1))) {
                errors.put("feeDate", "register.error.fee.date");
            }
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("feeDate", "register.error.fee.date");
        }
        if (current.version() != null && !current.version().equals(version)) {
            errors.put("version", "register.error.fee.stale");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRegisterInputException(errors);
        }
        if (current.version() == null) {
            jdbc.update("insert into placement_fee (placement_id, amount, currency, status, fee_date, recorded_by) values (?, ?, ?, ?, ?, ?)",
                    placementId, value, cur, st.name(), date, by);
        } else {
            jdbc.update("""
                    update placement_fee set amount = ?, currency = ?, status = ?, fee_date = ?, recorded_by = ?, updated_at = now(),
                        version = version + 1 where placement_id = ? and version = ?""", value, cur, st.name(), date, by, placementId, version);
        }
        UUID graduate = jdbc.queryForObject("select graduate_id from placement where id = ?", UUID.class, placementId);
        audit.registerChanged(AuditAction.PLACEMENT_FEE_RECORDED, graduate, "placement=" + placementId);
        return fee(placementId);
    }

    /** Fees per half-year (of the fee's date), company and currency; {@code period} (e.g. 2025-H1) narrows it. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<FeeLine> report(String period) {
        HalfYear only = period == null || period.isBlank() ? null : HalfYear.parse(period.strip());
        Map<String, FeeLine> lines = new LinkedHashMap<>();
        jdbc.query("""
                select f.fee_date, coalesce(c.name, p.employer_name, '-') as company, f.currency, f.amount, f.status
                from placement_fee f join placement p on p.id = f.placement_id left join company c on c.id = p.company_id
                order by f.fee_date, company, f.currency, f.placement_id""", rs -> {
            LocalDate d = rs.getObject(1, LocalDate.class);
            if (only != null && !only.contains(d)) {
                return;
            }
            String p = HalfYear.of(d).key();
            String key = p + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3);
            BigDecimal amount = rs.getBigDecimal(4);
            FeeStatus st = FeeStatus.valueOf(rs.getString(5));
            FeeLine old = lines.getOrDefault(key, new FeeLine(p, rs.getString(2), rs.getString(3), 0, BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
            lines.put(key, new FeeLine(p, old.company(), old.currency(), old.hires() + 1, old.total().add(amount),
                    st == FeeStatus.NOT_INVOICED ? old.invoiced() : old.invoiced().add(amount),
                    st == FeeStatus.PAID ? old.paid().add(amount) : old.paid()));
        });
        List<FeeLine> out = new ArrayList<>(lines.values());
        out.sort(java.util.Comparator.comparing(FeeLine::period).thenComparing(FeeLine::company).thenComparing(FeeLine::currency));
        return out;
    }
}
