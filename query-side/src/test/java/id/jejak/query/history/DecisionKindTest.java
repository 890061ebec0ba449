package id.jejak.query.history;

import id.jejak.kernel.CareerEvent;
import id.jejak.kernel.civilservant.PlacedInPosition;
import id.jejak.kernel.discipline.SanctionRevoked;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds are keyed by the kernel's classes: an event added to the kernel without a kind would be filed as a
 * lifecycle event and be invisible to a reader filtering by its real kind, and unreadable to the profile's fold.
 */
class DecisionKindTest {

    @Test
    void everyCareerEventOfTheKernelHasAKindAndIsReadBackByItsName() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CareerEvent.class));
        List<String> events = scanner.findCandidateComponents("id.jejak.kernel").stream()
                .map(candidate -> candidate.getBeanClassName()).toList();

        assertThat(events).hasSizeGreaterThanOrEqualTo(26).allSatisfy(name -> assertThat(
                        DecisionKind.eventClass(name.substring(name.lastIndexOf('.') + 1)))
                .as(name).hasValueSatisfying(eventClass -> assertThat(eventClass.getName()).isEqualTo(name)));
    }

    @Test
    void anEventIsClassifiedByItsClassAndAnUnknownTypeIsNotRead() {
        assertThat(DecisionKind.of(PlacedInPosition.class)).isEqualTo(DecisionKind.POSITION);
        assertThat(DecisionKind.of(SanctionRevoked.class)).isEqualTo(DecisionKind.DISCIPLINE);
        assertThat(DecisionKind.eventClass("SanctionRevoked")).contains(SanctionRevoked.class);
        assertThat(DecisionKind.eventClass("EventOfALaterVersion")).isEmpty();
    }
}
