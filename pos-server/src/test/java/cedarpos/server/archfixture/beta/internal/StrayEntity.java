package cedarpos.server.archfixture.beta.internal;

/** Fixture: an entity correctly placed in an internal package. */
@jakarta.persistence.Entity
public class StrayEntity {
    @jakarta.persistence.Id
    private String id;
}
