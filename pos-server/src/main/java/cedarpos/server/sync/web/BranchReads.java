package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.ServerDatabase;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every branch-scoped read of the manager's API does first: the branch id parsed (400 INVALID_FIELD when it is
 * not one), the database ready (503), the branch known (404 UNKNOWN_BRANCH); then the answer.
 */
final class BranchReads {
    private BranchReads() {
    }

    static <T> Response read(ServerDatabase database, String branchIdText, Function<BranchId, Optional<T>> find,
                             Function<T, Response> answer) {
        BranchId branchId = RequestBody.branchId(branchIdText);
        if (!database.isReady()) {
            return ApiError.unavailable(database.problem());
        }
        Optional<T> found = find.apply(branchId);
        if (found.isEmpty()) {
            return ApiError.notFound("UNKNOWN_BRANCH", "no branch " + branchId);
        }
        return answer.apply(found.get());
    }
}
