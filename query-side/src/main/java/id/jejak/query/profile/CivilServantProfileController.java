package id.jejak.query.profile;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.web.NotFoundException;
import id.jejak.query.UnknownCivilServant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/civil-servants/{nip}")
class CivilServantProfileController {

    private final CivilServantProfileRepository profiles;
    private final Clock clock;

    CivilServantProfileController(CivilServantProfileRepository profiles,
                                  Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /**
     * The profile as it stood on {@code asOf} (default today) according to what had been recorded by
     * {@code knownAt} (default now): status, rank, position, active sanctions, last predicates and lesson hours.
     */
    @GetMapping
    CivilServantProfile profile(@PathVariable String nip,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                Instant knownAt) {
        Nip civilServant = Nip.of(nip);
        // the profile is folded from the career-history projection's rows
        return profiles.find(civilServant.value(), asOf == null ? LocalDate.now(clock) : asOf,
                        knownAt == null ? clock.instant() : knownAt)
                .orElseThrow(() -> new UnknownCivilServant(civilServant));
    }

    @GetMapping("/trainings/{trainingId}")
    TrainingView training(@PathVariable String nip, @PathVariable UUID trainingId) {
        Nip civilServant = Nip.of(nip);
        return profiles.findTraining(civilServant.value(), trainingId)
                .orElseThrow(() -> new NotFoundException("TRAINING_NOT_FOUND",
                        "no such training is recorded for this civil servant",
                        Map.of("nip", civilServant.value(), "trainingId", trainingId)));
    }
}
