package io.mynumberlineage.audit;

/** How urgently an auditor should look at a finding. */
public enum Severity {
    HIGH("高"),
    MEDIUM("中"),
    LOW("低");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
