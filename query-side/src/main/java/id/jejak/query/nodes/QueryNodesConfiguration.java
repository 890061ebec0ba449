package id.jejak.query.nodes;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The token store as Axon's auto-configuration builds it, but claiming tokens in this node's name: Axon's default
 * owner is the JVM's name, which every query side in one JVM (or container image with a fixed host name) shares, and
 * two owners of one name would each take the other's segments for their own.
 */
@Configuration(proxyBeanMethods = false)
class QueryNodesConfiguration {

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema, QueryNodes nodes,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .claimTimeout(claimTimeout)
                .nodeId(nodes.nodeId())
                .contentType(byte[].class)
                .build();
    }
}
