package id.kalbarprov.loket;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * loket.log's set-up in code, found by logback through META-INF/services: what a logback.xml would say,
 * without the XML parser and configuration model a short command would load for it (about 340 classes
 * of `verify`'s 3,600; SQLite's driver starts logback on every database open). loket.log sits beside
 * the database (the launcher sets loket.logdir; without it, in the temp dir), rolls daily and at 5 MB,
 * keeps 30 days and at most 100 MB.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** Loket's own loggers: INFO and above; every other logger WARN and above. */
    static final String OWN = "id.kalbarprov.loket";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty("loket.logdir", System.getProperty("java.io.tmpdir") + "/loket");
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/loket.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/loket.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        file.setRollingPolicy(rolling);
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n");
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger(OWN).setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
