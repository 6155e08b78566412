package cedarpos.server.archfixture.beta;

import cedarpos.server.archfixture.alpha.Intruder;

/** Fixture: beta's API, which depends back on alpha to form a cycle. */
public interface BetaApi {
    Intruder owner();
}
