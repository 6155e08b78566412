package cedarpos.server.sync.web;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Carries the device token from the upgrade request's
 * {@code Authorization: Bearer} header to the connection. WebSocket 2.1
 * (Jakarta EE 10) makes the user properties written here per connection and
 * hands them to {@code Session#getUserProperties()}.
 */
public class BearerTokenConfigurator extends ServerEndpointConfig.Configurator {
    static final String TOKEN = "cedarpos.bearerToken";
    private static final String PREFIX = "bearer ";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> props = config.getUserProperties();
        props.remove(TOKEN);
        String token = bearer(request.getHeaders());
        if (token != null) {
            props.put(TOKEN, token);
        }
    }

    /** The token of the first Authorization header using the Bearer scheme, or null. */
    static String bearer(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (!"authorization".equalsIgnoreCase(h.getKey()) || h.getValue() == null) {
                continue;
            }
            for (String value : h.getValue()) {
                String v = value.strip();
                if (v.length() > PREFIX.length() && v.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                    return v.substring(PREFIX.length()).strip();
                }
            }
        }
        return null;
    }
}
