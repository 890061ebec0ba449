package id.jejak.command.civilservant;

import id.jejak.kernel.civilservant.Nip;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.UUID;

/** Where what a command created can be read: the query side serves every read, so links point there. */
@Component
public class ReadSideLinks {

    private final String querySide;

    ReadSideLinks(@Value("${jejak.links.query-side:${JEJAK_QUERY_SIDE_URL:http://localhost:8082}}") String querySide) {
        this.querySide = querySide;
    }

    public URI civilServant(Nip nip) {
        return UriComponentsBuilder.fromUriString(querySide).path("/api/v1/civil-servants/{nip}")
                .buildAndExpand(nip.value()).toUri();
    }

    public URI training(Nip nip, UUID trainingId) {
        return UriComponentsBuilder.fromUriString(querySide).path("/api/v1/civil-servants/{nip}/trainings/{id}")
                .buildAndExpand(nip.value(), trainingId).toUri();
    }

    /** A programme is read in its effectiveness report, HR's one read of a programme on the query side. */
    public URI programme(UUID programmeId) {
        return UriComponentsBuilder.fromUriString(querySide).path("/api/v1/reports/programme-effectiveness")
                .queryParam("programmeId", programmeId).build().toUri();
    }
}
