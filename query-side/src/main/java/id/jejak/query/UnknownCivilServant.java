package id.jejak.query;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.web.NotFoundException;

import java.util.Map;

/** The query side knows no civil servant with this NIP (or not yet: reads follow the event stream). */
public class UnknownCivilServant extends NotFoundException {

    public UnknownCivilServant(Nip nip) {
        super("CIVIL_SERVANT_NOT_FOUND", "no civil servant with NIP {nip} is known", Map.of("nip", nip.value()));
    }
}
