package id.jejak.query.findings;

import id.jejak.kernel.workunit.OrganisationPredicate;

import java.util.List;

/** A unit's organisation predicate for a year: its record and every correction, oldest first. */
record OrganisationPredicateVersions(String unit, int year, List<Version> versions) {

    record Version(String eventId, OrganisationPredicate predicate, String correctedEventId) {
    }

    OrganisationPredicateVersions {
        versions = List.copyOf(versions);
    }

    /** What the predicate is now: the last version recorded. */
    Version current() {
        return versions.get(versions.size() - 1);
    }
}
