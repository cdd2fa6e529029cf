package id.kalbarprov.loket.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class on SQLite and on PostgreSQL (see {@link Backend}): the class gets a
 * field {@code @Parameter Backend backend} and opens its database with {@code backend.open(dir)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "[{0}]")
@EnumSource(Backend.class)
@ExtendWith(OnBothBackends.DropDatabases.class)
public @interface OnBothBackends {

    /** After each test: the server databases it made are dropped (connections it left open closed). */
    final class DropDatabases implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            Backend.dropCreated();
        }
    }
}
