package cedarpos.server.changelog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The branch row seen as the lock that orders its change log. Whoever holds it
 * (PESSIMISTIC_WRITE) assigns the next sequences, so sequences commit in order
 * and a puller can never pass a sequence that commits later.
 */
@Entity(name = "BranchHead")
@Table(name = "branch")
public class BranchHeadEntity {
    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "change_head", nullable = false)
    private long changeHead;

    protected BranchHeadEntity() {
    }

    String id() {
        return id;
    }

    long changeHead() {
        return changeHead;
    }

    long nextSeq() {
        return ++changeHead;
    }
}
