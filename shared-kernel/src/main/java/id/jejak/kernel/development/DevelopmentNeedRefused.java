package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;

import java.time.LocalDate;
import java.util.UUID;

public record DevelopmentNeedRefused(UUID needId, UnitCode unit, Nip nip, LocalDate refusedOn, String grounds,
                                     String proposedBy, String refusedBy) {
}
