package id.jejak.kernel.development;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.kernel.workunit.UnitCode;

import java.util.UUID;

/** A need was met by a development its person completed. */
public record DevelopmentNeedClosed(UUID needId, UnitCode unit, Nip nip, DevelopmentKind kind, UUID developmentId) {
}
