package cedarpos.server.platform.internal;

import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One EntityManager per JTA transaction, for every module (inject
 * {@code EntityManager}; call it inside a {@code @Transactional} method).
 *
 * The persistence unit is bootstrapped here, on first use after Flyway has
 * migrated, instead of by the container at deploy time: Payara opens a
 * connection while deploying a container-managed unit, and a database that is
 * down at that moment would fail the whole deployment instead of leaving a
 * server that reports readiness DOWN and recovers when the database returns.
 */
@ApplicationScoped
public class EntityManagerProducer {
    static final String UNIT = "cedarpos";
    static final String DESCRIPTOR = "META-INF/cedarpos-persistence.xml";
    private static final Logger LOG = Logger.getLogger(EntityManagerProducer.class.getName());

    @Inject
    private ServerDatabase database;

    private volatile EntityManagerFactory factory;

    /**
     * A stand-in that forwards every call to the current transaction's
     * EntityManager, so beans can hold it in a field like an injected
     * persistence context.
     */
    @Produces
    EntityManager entityManager(TransactionEntityManager current) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "EntityManager of the current transaction";
                        };
                    }
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    EntityManager create() {
        EntityManager em = factory().createEntityManager();
        em.joinTransaction();
        return em;
    }

    private EntityManagerFactory factory() {
        EntityManagerFactory f = factory;
        if (f != null) {
            return f;
        }
        synchronized (this) {
            if (factory == null) {
                if (!database.isReady()) {
                    throw new IllegalStateException("the database is not ready: " + database.problem());
                }
                factory = Persistence.createEntityManagerFactory(UNIT, Map.of("eclipselink.persistencexml", DESCRIPTOR));
                LOG.info("persistence unit " + UNIT + " started");
            }
            return factory;
        }
    }

    @PreDestroy
    void shutdown() {
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
    }
}
