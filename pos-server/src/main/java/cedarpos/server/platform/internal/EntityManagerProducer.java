package cedarpos.server.platform.internal;

import cedarpos.server.platform.ServerDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * Every call must run in an active JTA transaction, checked on each call, so
 * no statement can reach the database outside one (where a pooled connection
 * is in autocommit and each statement would commit by itself). At shutdown no
 * new EntityManager is handed out and the factory is closed only once the
 * transactions in flight have ended, so a push is committed whole or not at all.
 */
@ApplicationScoped
public class EntityManagerProducer {
    static final String UNIT = "cedarpos";
    static final String DESCRIPTOR = "META-INF/cedarpos-persistence.xml";
    private static final Logger LOG = Logger.getLogger(EntityManagerProducer.class.getName());
    /** How long shutdown waits for the transactions in flight before closing the factory anyway. */
    private static final long DRAIN_MILLIS = 20_000;

    @Inject
    private ServerDatabase database;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile EntityManagerFactory factory;
    private volatile boolean stopping;
    /** EntityManagers handed out whose transaction has not ended yet. */
    private final AtomicInteger inFlight = new AtomicInteger();

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
                    requireTransaction(method.getName());
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** An EntityManager for the current transaction, and what to call once that transaction has ended. */
    record Lease(EntityManager em, Runnable release) {
    }

    /**
     * The release is bound to this instance's counter, not to the bean's proxy: it runs when the transaction
     * ends, which at shutdown may be after the application context is gone.
     */
    Lease create() {
        if (stopping) {
            throw new IllegalStateException("the server is stopping: no new database work is started");
        }
        inFlight.incrementAndGet();
        try {
            EntityManager em = factory().createEntityManager();
            em.joinTransaction();
            return new Lease(em, inFlight::decrementAndGet);
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            throw e;
        }
    }

    /**
     * Refuses any use outside an active (or rollback-only) JTA transaction: a transaction that already
     * ended, for instance one rolled back while its thread was still working, must not go on writing.
     */
    private void requireTransaction(String operation) {
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            throw new TransactionRequiredException("EntityManager." + operation
                    + " needs an active JTA transaction; transaction status is " + status);
        }
    }

    /**
     * Starts the persistence unit now (metadata, the provider's login) rather than at the first request, so
     * that it overlaps the rest of the deployment; called once the schema is migrated. A failure is only
     * logged: the first real use starts the unit again and reports it.
     */
    void warmUp() {
        long t0 = System.nanoTime();
        try {
            factory().createEntityManager().close();
            LOG.info(() -> "persistence unit " + UNIT + " warmed up in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.warning(() -> "persistence unit " + UNIT + " not warmed up: " + DatabaseStartup.rootMessage(e));
        }
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
        stopping = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int left = inFlight.get();
        if (left > 0) {
            LOG.warning(() -> "persistence unit " + UNIT + " closing with " + left
                    + " transaction(s) still in flight after " + DRAIN_MILLIS + " ms");
        }
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
    }
}
