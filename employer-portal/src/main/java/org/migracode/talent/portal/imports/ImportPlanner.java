package org.migracode.talent.portal.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingStatus;
import org.springframework.stereotype.Component;

/**
 * Plans what a validated row does to its record ({@link ImportPlan}), without writing: finds the
 * stored record by {@code external_id} or makes a new one, and keeps the rules on what an import
 * may not change (an existing graduate's consent, a listing's company, a published listing's
 * status back to draft), which become notes on the row.
 */
@Component
class ImportPlanner {

    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final ImportRecords records;
    private final ImportColumns columns;

    ImportPlanner(CompanyRepository companies, GraduateRepository graduates, ListingRepository listings, ImportRecords records,
            ImportColumns columns) {
        this.companies = companies;
        this.graduates = graduates;
        this.listings = listings;
        this.records = records;
        this.columns = columns;
    }

    /** The plan for a row; a refusal found only now (a new graduate shown without a consent basis) is added to {@code errors}. */
    ImportPlan<?> plan(ImportKind kind, Map<String, String> row, long line, ImportOptions options, List<ImportResult.RowError> errors) {
        String externalId = row.get("external_id");
        return switch (kind) {
            case COMPANIES -> {
                UUID id = records.idByExternalId("company", externalId);
                Company c = id == null ? new Company(UUID.randomUUID(), row.get("name"), null) : companies.findById(id).orElseThrow();
                ImportPlan<Company> plan = new ImportPlan<>(externalId, c, id == null, x -> { }, companies::saveAndFlush, "company",
                        Company::getId);
                fill(plan, columns.company(), row, options);
                yield plan;
            }
            case GRADUATES -> graduatePlan(row, line, options, errors, externalId);
            case LISTINGS -> listingPlan(row, options, externalId);
        };
    }

    private ImportPlan<GraduateProfile> graduatePlan(Map<String, String> row, long line, ImportOptions options,
            List<ImportResult.RowError> errors, String externalId) {
        UUID id = records.idByExternalId("graduate_profile", externalId);
        GraduateProfile g = id == null ? new GraduateProfile(UUID.randomUUID(), row.get("display_name"))
                : graduates.findById(id).orElseThrow();
        String visibleCell = row.getOrDefault("visible_to_employers", "");
        String basis = row.getOrDefault("consent_basis", "");
        boolean visible = visibleCell.equalsIgnoreCase("true");
        if (id == null && visible && basis.isEmpty()) {
            errors.add(new ImportResult.RowError(line, "consent_basis",
                    "a new graduate is shown to employers only with a consent_basis (how and when they consented)"));
        }
        ImportPlan<GraduateProfile> plan = new ImportPlan<>(externalId, g, id == null, x -> x.recordConsent(visible, basis),
                graduates::saveAndFlush, "graduate_profile", GraduateProfile::getId);
        fill(plan, columns.graduate(), row, options);
        if (id != null && !visibleCell.isEmpty() && visible != g.isVisibleToEmployers()) {
            plan.notes.add("visible_to_employers kept (" + g.isVisibleToEmployers() + "): only the graduate changes their consent");
        }
        if (id != null && !basis.isEmpty()) {
            plan.notes.add("consent_basis ignored: it is recorded only when the graduate is created");
        }
        return plan;
    }

    private ImportPlan<Listing> listingPlan(Map<String, String> row, ImportOptions options, String externalId) {
        UUID id = records.idByExternalId("listing", externalId);
        UUID company = records.companyIdByExternalId(row.get("company_external_id"));
        ListingType type = ListingType.valueOf(row.get("type").toUpperCase(Locale.ROOT));
        Listing l = id == null ? new Listing(UUID.randomUUID(), company, type, row.get("title")) : listings.findById(id).orElseThrow();
        ImportPlan<Listing> plan = new ImportPlan<>(externalId, l, id == null, x -> { }, listings::saveAndFlush, "listing", Listing::getId);
        fill(plan, columns.listing(), row, options);
        if (id != null && !l.getCompanyId().equals(company)) {
            plan.notes.add("company_external_id ignored: a listing does not move to another company");
        }
        if (id != null && "DRAFT".equalsIgnoreCase(row.getOrDefault("status", "")) && l.getStatus() != ListingStatus.DRAFT) {
            plan.changes.keySet().removeIf(f -> f.column().equals("status"));
            plan.notes.add("status DRAFT ignored: a published listing does not go back to draft");
        }
        return plan;
    }

    private static <E> void fill(ImportPlan<E> plan, List<ImportField<E>> fields, Map<String, String> row, ImportOptions options) {
        for (ImportField<E> field : fields) {
            String cell = row.get(field.column());
            if (cell == null) {
                continue; // the file has no such column: the stored value stays
            }
            ImportField.Target target = field.target(plan.record, cell, options.clearEmpty());
            if (target == null && plan.isNew && !cell.isEmpty()) {
                target = new ImportField.Target(field.parse().apply(cell)); // a created row lists every column it fills
            }
            if (target != null) {
                plan.changes.put(field, target);
            }
        }
    }
}
