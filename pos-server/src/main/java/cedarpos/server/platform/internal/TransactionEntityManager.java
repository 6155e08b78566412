package cedarpos.server.platform.internal;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/** The EntityManager of the current JTA transaction, closed when the transaction ends. */
@TransactionScoped
public class TransactionEntityManager implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private EntityManagerProducer producer;

    private transient EntityManager em;
    private transient Runnable release;

    EntityManager get() {
        if (em == null) {
            EntityManagerProducer.Lease lease = producer.create();
            em = lease.em();
            release = lease.release();
        }
        return em;
    }

    @PreDestroy
    void close() {
        if (em == null) {
            return;
        }
        try {
            if (em.isOpen()) {
                em.close();
            }
        } finally {
            em = null;
            release.run();
        }
    }
}
