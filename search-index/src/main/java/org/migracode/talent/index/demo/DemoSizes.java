package org.migracode.talent.index.demo;

/**
 * How much demo data to generate.
 *
 * @param cohorts cohorts, six months apart
 * @param graduates graduate profiles, spread evenly over the cohorts
 * @param companies partner companies
 * @param listings listings, about a third of them internships
 */
public record DemoSizes(int cohorts, int graduates, int companies, int listings) {

    /** The portal's demo: 6 cohorts over 3 years, 300 graduates, 40 companies, 120 listings. */
    public static DemoSizes standard() {
        return new DemoSizes(6, 300, 40, 120);
    }

    public DemoSizes {
        if (cohorts < 1 || companies < 2) {
            throw new IllegalArgumentException("demo data needs at least 1 cohort and 2 companies, got "
                    + cohorts + " and " + companies);
        }
        if (graduates < 2 || listings < 0) {
            throw new IllegalArgumentException("demo data needs at least 2 graduates and 0 or more listings, got "
                    + graduates + " and " + listings);
        }
    }

    public DemoSizes withGraduates(int count) {
        return new DemoSizes(cohorts, count, companies, listings);
    }
}
