package id.kalbarprov.loket.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/Loket of the Linux app image and the .deb is packaging/linux/launcher.sh (issue 16: jpackage's own
 * launcher asked rpm and dpkg for its package at every start). Here it runs in an image laid out as
 * build-linux.sh lays it out, in a folder whose name has a space, with a runtime that is this JVM's java
 * and an app that prints what reached it: the options and class of lib/app/Loket.cfg ($APPDIR replaced),
 * the clerk's arguments unchanged, also through a link, and a plain message when the file is missing.
 */
class LinuxLauncherTest {

    @TempDir
    Path temp;
    Path image;

    @BeforeEach
    void layOutAnImage() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash (Linux only)");
        image = temp.resolve("Program Kantor/Loket");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.copy(Path.of("packaging/linux/launcher.sh"), bin.resolve("Loket"));
        bin.resolve("Loket").toFile().setExecutable(true);
        Path runtimeBin = Files.createDirectories(image.resolve("lib/runtime/bin"));
        // the image's runtime: this JVM's java (a script, not a link, so that the folder's removal stays inside it)
        Path java = Files.writeString(runtimeBin.resolve("java"), "#!/bin/sh\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path classes = Files.createDirectories(app.resolve("classes/id/kalbarprov/loket/packaging"));
        Files.copy(Path.of("target/test-classes/id/kalbarprov/loket/packaging/LauncherProbe.class"),
                classes.resolve("LauncherProbe.class"));
        // as jpackage writes it, plus a value with a space and a Windows line end an editor may leave
        Files.writeString(app.resolve("Loket.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/classes",
                "app.mainclass=id.kalbarprov.loket.packaging.LauncherProbe",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-Dprobe.dir=$APPDIR/sqlite",
                "java-options=-Dprobe.spaced=dua kata\r",
                "java-options=-Xshare:auto"), StandardCharsets.UTF_8);
    }

    @Test
    void theAppGetsTheOptionsOfLoketCfgAndTheArgumentsUnchanged() throws Exception {
        List<String> out = run(image.resolve("bin/Loket"), "check", "--db", "/data/surat masuk.db", "", "$HOME", "*");
        String app = image.resolve("lib/app").toRealPath().toString();
        assertThat(out).containsExactly("dir=" + app + "/sqlite", "spaced=dua kata",
                "arg=[check]", "arg=[--db]", "arg=[/data/surat masuk.db]", "arg=[]", "arg=[$HOME]", "arg=[*]", "exit=0");
    }

    @Test
    void aLinkToTheLauncherFindsTheImage() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(temp.resolve("usr/bin")).resolve("loket"),
                image.resolve("bin/Loket"));
        List<String> out = run(link, "--version");
        assertThat(out).containsExactly("dir=" + image.resolve("lib/app").toRealPath() + "/sqlite", "spaced=dua kata",
                "arg=[--version]", "exit=0");
    }

    @Test
    void withoutLoketCfgItSaysSoInIndonesian() throws Exception {
        Files.delete(image.resolve("lib/app/Loket.cfg"));
        List<String> out = run(image.resolve("bin/Loket"), "--version");
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).startsWith("Loket: berkas ").endsWith("tidak ada atau tidak dapat dibaca; pasang ulang Loket.");
        assertThat(out.get(1)).isEqualTo("exit=1");
    }

    /** verify gets its own class-data archive and the quick compiler when the image has that archive. */
    @Test
    void verifyStartsWithItsOwnArchiveWhenThereIsOne() throws Exception {
        Path cfg = image.resolve("lib/app/Loket.cfg");
        Files.writeString(cfg, Files.readString(cfg) + "\njava-options=-Dprobe.jvm=1\njava-options=-Xlog:cds=off\n");
        String app = image.resolve("lib/app").toRealPath().toString();
        String own = "-XX:SharedArchiveFile=" + app + "/loket-verify.jsa -XX:TieredStopAtLevel=1";
        assertThat(run(image.resolve("bin/Loket"), "verify", "--pdf", "x.pdf").get(2)).doesNotContain(own);
        Files.writeString(image.resolve("lib/app/loket-verify.jsa"), "not an archive: the JVM goes on without it");
        assertThat(run(image.resolve("bin/Loket"), "verify", "--pdf", "x.pdf")).contains("arg=[verify]", "exit=0")
                .anySatisfy(line -> assertThat(line).startsWith("jvm=").endsWith(own));
        assertThat(run(image.resolve("bin/Loket"), "check").get(2)).doesNotContain(own);
    }

    private static List<String> run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        lines.add("exit=" + process.exitValue());
        return lines;
    }
}
