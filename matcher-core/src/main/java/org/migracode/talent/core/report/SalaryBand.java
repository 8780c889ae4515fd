package org.migracode.talent.core.report;

/** Gross yearly salary bands, in euros, in ascending order (the median band relies on the order). */
public enum SalaryBand {
    UNDER_18K("< 18k"), FROM_18K_TO_22K("18k–22k"), FROM_22K_TO_26K("22k–26k"), FROM_26K_TO_30K("26k–30k"),
    FROM_30K_TO_35K("30k–35k"), OVER_35K("> 35k");

    private final String label;

    SalaryBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
