package id.jejak.query.projection;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The query side sends no command and publishes no event, so nothing would ever inherit the correlation data Axon
 * works out for each event a processor handles (platform's providers, read from the event's metadata, for every
 * message created while handling it, the handler's result among them). Without providers here, that work is not
 * done; the command side keeps them, and with them the metadata every event is stored with.
 */
@Component
class NothingToCorrelate implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureCorrelationDataProviders(configuration -> List.of());
    }

    /** After Axon's Spring module, which registers every provider bean. */
    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }
}
