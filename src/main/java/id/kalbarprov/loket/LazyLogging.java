package id.kalbarprov.loket;

import ch.qos.logback.classic.spi.LogbackServiceProvider;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's provider for the {@code verify} command (issue 14, ≤ 200 ms): logback, which SQLite's driver
 * starts on every database open (about a fifth of the command's second, docs/BENCHMARKS.md), starts only
 * when a line is written. A line goes to loket.log exactly as through logback itself ({@link LogSetup}:
 * the same file, levels and pattern); loggers below WARN are enabled only for Loket's own
 * ({@link LogSetup#OWN}, INFO), as LogSetup sets them. Chosen by the launcher with {@code slf4j.provider}.
 */
public final class LazyLogging implements SLF4JServiceProvider {

    private static volatile ILoggerFactory logback;

    private final ILoggerFactory factory = new Factory();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Logback, started on the first call (its {@link LogSetup} writes loket.log). */
    static ILoggerFactory logback() {
        ILoggerFactory f = logback;
        if (f == null) {
            synchronized (LazyLogging.class) {
                if (logback == null) {
                    LogbackServiceProvider p = new LogbackServiceProvider();
                    p.initialize();
                    logback = p.getLoggerFactory();
                }
                f = logback;
            }
        }
        return f;
    }

    /** True once a line made logback start. */
    static boolean started() {
        return logback != null;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing until a line is written
    }

    /** Its logger factory: loggers that start nothing. */
    static final class Factory implements ILoggerFactory {
        @Override
        public org.slf4j.Logger getLogger(String name) {
            return new Deferred(name);
        }
    }

    /** A logger that hands its lines to logback's logger of the same name, starting logback for the first. */
    private static final class Deferred extends LegacyAbstractLogger {

        private final boolean own;

        Deferred(String name) {
            this.name = name;
            this.own = name.startsWith(LogSetup.OWN);
        }

        private org.slf4j.Logger real() {
            return logback().getLogger(name);
        }

        @Override
        public boolean isTraceEnabled() {
            return own && real().isTraceEnabled();
        }

        @Override
        public boolean isDebugEnabled() {
            return own && real().isDebugEnabled();
        }

        @Override
        public boolean isInfoEnabled() {
            return own && real().isInfoEnabled();
        }

        @Override
        public boolean isWarnEnabled() {
            return true; // LogSetup: WARN and above for every logger
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                                                   Throwable throwable) {
            org.slf4j.spi.LoggingEventBuilder event = real().atLevel(level).setMessage(message);
            if (marker != null) {
                event = event.addMarker(marker);
            }
            for (Object a : arguments == null ? new Object[0] : arguments) {
                event = event.addArgument(a);
            }
            if (throwable != null) {
                event = event.setCause(throwable);
            }
            event.log();
        }
    }
}
