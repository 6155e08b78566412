package cedarpos.server.archfixture.alpha.web;

import cedarpos.server.archfixture.alpha.Intruder;
import cedarpos.server.archfixture.beta.BetaApi;

/** Fixture: alpha's resource breaks the web rule by calling beta's API (its own module is fine). */
public class AlphaResource {
    public Intruder mine() {
        return null;
    }

    public BetaApi other() {
        return null;
    }
}
