package id.jejak.benchmark.generator;

import id.jejak.kernel.discipline.ImposeSanction;
import id.jejak.kernel.discipline.ProposeHeavySanction;
import id.jejak.kernel.discipline.SanctionLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated sanctions pass the four-eyes rule the command side applies: a heavy one is imposed by an approving
 * official on a proposal somebody else made; a light or medium one directly. Heavy sanctions are rare (about one
 * person in a thousand over five years), so the smoke run's forty people never meet one: this checks ten thousand.
 */
class SanctionHistoryTest {

    @Test
    void aHeavySanctionIsImposedOnAnotherOfficialsProposalAndALighterOneDirectly() {
        Agency agency = new Agency(20_250_101L, 10_000, 2021, 5);
        List<Step> impositions = new ArrayList<>();
        Map<UUID, Step> proposals = new HashMap<>();
        for (Agency.Person person : agency.persons()) {
            for (Step step : PersonHistory.generate(agency, person).steps()) {
                if (step.command() instanceof ProposeHeavySanction proposal) {
                    proposals.put(proposal.proposalId(), step);
                } else if (step.command() instanceof ImposeSanction) {
                    impositions.add(step);
                }
            }
        }

        List<Step> heavy = impositions.stream()
                .filter(step -> ((ImposeSanction) step.command()).type().level() == SanctionLevel.HEAVY).toList();
        assertThat(heavy).isNotEmpty().allSatisfy(step -> {
            Step proposal = proposals.get(((ImposeSanction) step.command()).proposalId());
            assertThat(proposal).as("the proposal of %s", step.command()).isNotNull();
            assertThat(proposal.actor()).isNotEqualTo(step.actor());
        });
        assertThat(impositions).filteredOn(step -> !heavy.contains(step)).isNotEmpty()
                .allSatisfy(step -> assertThat(((ImposeSanction) step.command()).proposalId()).isNull());
    }
}
