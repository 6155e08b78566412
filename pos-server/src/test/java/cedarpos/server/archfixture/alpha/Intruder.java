package cedarpos.server.archfixture.alpha;

import cedarpos.server.archfixture.beta.internal.Secret;

/** Fixture: module alpha breaks the rule by using beta's internal class. */
@jakarta.persistence.Entity
public class Intruder {
    @jakarta.persistence.Id
    private String id;

    public int peek() {
        return Secret.value();
    }

    public cedarpos.server.archfixture.beta.BetaApi api() {
        return null;
    }
}
