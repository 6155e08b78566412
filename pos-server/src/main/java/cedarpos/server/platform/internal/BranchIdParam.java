package cedarpos.server.platform.internal;

import cedarpos.domain.BranchId;
import cedarpos.server.platform.RequestBody;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * {@code @PathParam("branchId") BranchId}: the text as a canonical UUID. {@link BranchGuard} has refused a text that
 * is not one (400 INVALID_FIELD) before any resource runs, so a resource never sees JAX-RS's own 404 for a path
 * parameter that does not convert.
 */
@Provider
public class BranchIdParam implements ParamConverterProvider {
    private static final ParamConverter<BranchId> CONVERTER = new ParamConverter<>() {
        @Override
        public BranchId fromString(String value) {
            return RequestBody.branchId(value);
        }

        @Override
        public String toString(BranchId value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == BranchId.class ? (ParamConverter<T>) CONVERTER : null;
    }
}
