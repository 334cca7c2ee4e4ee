package io.mynumberlineage.citizen;

/** Who reads the explanation: a resident (plain sentences) or an auditor (keys and sources). */
public enum Audience {
    CITIZEN,
    AUDITOR
}
