package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;

import java.time.LocalDate;
import java.util.UUID;

public record DevelopmentNeedEndorsed(UUID needId, UnitCode unit, Nip nip, LocalDate endorsedOn, String proposedBy,
                                      String endorsedBy) {
}
