package dev.escalation.model;

/**
 * Where an escalation's documents live; each an {@code https} URL, or {@code null} when unknown.
 *
 * @param meetingNotes  the customer meeting notes
 * @param customerNotes the customer notes document
 * @param caseUrl       the SFDC escalation case (the CS Help request)
 */
public record Links(String meetingNotes, String customerNotes, String caseUrl) {

    /** No links known. */
    public static final Links NONE = new Links(null, null, null);
}
