package id.jejak.kernel.award;

import id.jejak.kernel.Decree;
import id.jejak.kernel.civilservant.Nip;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Grant an award (penghargaan) on the basis of recorded evaluations.
 *
 * @param basis the evaluations the award rests on
 */
public record GrantAward(@TargetAggregateIdentifier Nip nip, UUID awardId, String title, List<UUID> basis,
                         LocalDate effectiveDate, Decree decree) {
}
