package id.kalbarprov.loket.packaging;

/** Stands in for the app behind packaging/linux/launcher.sh: prints what it was started with, a line each. */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("dir=" + System.getProperty("probe.dir"));
        System.out.println("spaced=" + System.getProperty("probe.spaced"));
        if (System.getProperty("probe.jvm") != null) {
            System.out.println("jvm=" + String.join(" ",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
        for (String arg : args) {
            System.out.println("arg=[" + arg + "]");
        }
    }
}
