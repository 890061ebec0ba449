package id.jejak.query.profile;

import id.jejak.kernel.civilservant.Nip;
import id.jejak.platform.web.NotFoundException;
import id.jejak.query.UnknownCivilServant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/civil-servants/{nip}")
class CivilServantProfileController {

    private final CivilServantProfileRepository profiles;
    private final Clock clock;

    CivilServantProfileController(CivilServantProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The current profile, with the lesson hours (JP) earned in this calendar year. */
    @GetMapping
    CivilServantProfile profile(@PathVariable String nip) {
        Nip civilServant = Nip.of(nip);
        return profiles.find(civilServant.value(), Year.now(clock))
                .orElseThrow(() -> new UnknownCivilServant(civilServant));
    }

    @GetMapping("/trainings/{trainingId}")
    CivilServantProfile.TrainingView training(@PathVariable String nip, @PathVariable UUID trainingId) {
        Nip civilServant = Nip.of(nip);
        return profiles.findTraining(civilServant.value(), trainingId)
                .orElseThrow(() -> new NotFoundException("TRAINING_NOT_FOUND",
                        "no such training is recorded for this civil servant",
                        Map.of("nip", civilServant.value(), "trainingId", trainingId)));
    }
}
