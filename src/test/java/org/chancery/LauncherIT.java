package org.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (./chancery) and scripts/test on machines with other JDKs: a copy of each runs in a
 * scratch checkout against stand-in JDKs (a java that reports a version and records its
 * arguments) and a stand-in mvn that records the flags Maven would get.
 */
class LauncherIT {
    @TempDir
    Path dir;
    Path checkout;
    Path bin;
    Path jdks;
    Path calls;

    @BeforeEach
    void scratchCheckout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(checkout.resolve("scripts"));
        Files.createDirectories(checkout.resolve("src/main"));
        for (String f : List.of("chancery", "scripts/jdk.sh", "scripts/test", "pom.xml")) {
            Files.copy(Path.of(f), checkout.resolve(f));
        }
        calls = dir.resolve("calls.txt");
        Files.writeString(calls, "");
        bin = Files.createDirectories(dir.resolve("bin"));
        // the tools the scripts use, and no java of the machine's own
        for (String tool : List.of("dirname", "awk", "readlink", "find", "cat", "mkdir", "env", "bash")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) real = Path.of("/bin", tool);
            script(bin.resolve(tool), "exec " + real + " \"$@\"\n");
        }
        script(bin.resolve("mvn"), "echo \"mvn JAVA_HOME=$JAVA_HOME MAVEN_OPTS=$MAVEN_OPTS $*\" >> '" + calls + "'\n"
                + "mkdir -p '" + checkout.resolve("target") + "' && : > '" + checkout.resolve("target/chancery.jar") + "'\n");
        script(checkout.resolve("scripts/install-browser"), "exit 0\n");
        jdks = Files.createDirectories(dir.resolve("jdks"));
    }

    Path jdk(String name, int version) throws IOException {
        Path home = jdks.resolve(name);
        script(Files.createDirectories(home.resolve("bin")).resolve("java"),
                "if [ \"$1\" = -XshowSettings:properties ]; then echo '    java.specification.version = " + version + "' >&2; exit 0; fi\n"
                        + "echo \"java " + name + " $*\" >> '" + calls + "'\n");
        return home;
    }

    static void script(Path p, String body) throws IOException {
        Files.writeString(p, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    record Run(int exit, String out, String err) {
    }

    Run run(String script, Path javaHome, String... args) throws Exception {
        return runWithInput(null, script, javaHome, args);
    }

    Run runWithInput(Path input, String script, Path javaHome, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/bash", checkout.resolve(script).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", bin.toString());
        env.put("CHANCERY_JDK_ROOTS", jdks.toString());
        if (javaHome != null) env.put("JAVA_HOME", javaHome.toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        if (input != null) pb.redirectInput(input.toFile());
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aRebuildLeavesThePipedTextToTheCommand() throws Exception {
        Path home = jdk("temurin-25", 25);
        Files.writeString(home.resolve("bin/java"), "cat >> '" + calls + "'\n", StandardOpenOption.APPEND);
        // a build that would read whatever its standard input holds, as a forked training run can
        String mvn = Files.readString(bin.resolve("mvn")).replaceFirst("\n", "\ncat > /dev/null\n");
        Files.writeString(bin.resolve("mvn"), mvn);
        Path post = dir.resolve("post.txt");
        Files.writeString(post, "The United States recognized Estonia on July 28, 1922.\n");

        Run r = runWithInput(post, "chancery", home, "check", "-");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(calls)).contains("mvn ").contains("recognized Estonia on July 28, 1922.");
    }

    @Test
    void anOldJdkFailsInOneLineNamingItAndWhatToInstall() throws Exception {
        Path old = jdk("jdk-17", 17);
        Run r = run("chancery", old, "--version");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .contains("needs JDK 21 or newer", "JDK 17 (" + old.toRealPath() + ")", "install JDK 21 or newer", "JAVA_HOME");
        assertThat(Files.readString(calls)).isEmpty();
    }

    @Test
    void noJdkAtAllIsSaidInOneLine() throws Exception {
        Run r = run("chancery", null, "--version");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("needs JDK 21 or newer", "found none");
    }

    @Test
    void aJdkBefore23GetsOnlyTheFlagsItKnows() throws Exception {
        Run r = run("chancery", jdk("jdk-21", 21), "--version");
        assertThat(r.exit()).isZero();
        String seen = Files.readString(calls);
        assertThat(seen).contains("mvn JAVA_HOME=" + jdks.resolve("jdk-21").toRealPath(), "MAVEN_OPTS=--enable-native-access=ALL-UNNAMED",
                "java jdk-21 -Xmx768m --enable-native-access=ALL-UNNAMED -jar").doesNotContain("--sun-misc-unsafe-memory-access");
    }

    @Test
    void aJdkFrom23OnAlsoAllowsMavensUnsafeMemoryAccess() throws Exception {
        Run r = run("chancery", jdk("jdk-25", 25), "--version");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(calls)).contains("MAVEN_OPTS=--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void aJdksVersionIsReadFromItsReleaseFileWithoutStartingIt() throws Exception {
        // a probe of this stand-in would say 17, too old: only its release file says what it is
        Path home = jdk("jdk-rel", 17);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"25.0.3\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n");
        Run r = run("chancery", home, "--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(calls)).contains("--sun-misc-unsafe-memory-access=allow", "java jdk-rel -Xmx768m");
    }

    @Test
    void anOldJavaHomeIsPassedOverForANewerJdkOnTheMachine() throws Exception {
        Path old = jdk("jdk-17", 17);
        jdk("jdk-21", 21);
        jdk("jdk-25", 25);
        Run r = run("chancery", old, "--version");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(calls)).contains("java jdk-25 ").doesNotContain("java jdk-17", "java jdk-21");
    }

    @Test
    void aShortQuestionRunsOnC1WithTheSerialCollectorAndServeOrCheckOnTheJvmsDefaults() throws Exception {
        Path home = jdk("jdk-25", 25);
        for (String question : List.of("envoys", "relations", "timeline", "territories", "missions", "search", "anniversaries", "stats")) {
            Files.writeString(calls, "");
            assertThat(run("chancery", home, question, "x").exit()).isZero();
            assertThat(Files.readString(calls)).as(question)
                    .contains("java jdk-25 -Xmx768m --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar ");
        }
        for (String other : List.of("serve", "check", "eval", "post", "help", "--version")) {
            Files.writeString(calls, "");
            assertThat(run("chancery", home, other).exit()).isZero();
            assertThat(Files.readString(calls)).as(other).contains("java jdk-25 -Xmx768m --enable-native-access=ALL-UNNAMED -jar ");
        }
    }

    /** A JDK 25 whose release file names {@code release}. */
    private Path jdkOfRelease(String release) throws IOException {
        Path home = jdk("jdk-rel", 25);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + release + "\"\n");
        return home;
    }

    /** target/ holding the questions' AOT cache, as a build on JDK {@code release} leaves it; returns target/. */
    private Path trainedQuestionsCache(String release) throws IOException {
        Path target = Files.createDirectories(checkout.resolve("target"));
        Files.writeString(target.resolve("chancery.aot"), "");
        Files.writeString(target.resolve("chancery.aot.jdk"), release + "\n");
        return target;
    }

    @Test
    void theAotCacheGoesOnlyToTheJdkReleaseThatTrainedIt() throws Exception {
        Path home = jdkOfRelease("25.0.3");
        Path target = trainedQuestionsCache("25.0.3");
        assertThat(run("chancery", home, "envoys", "russia").exit()).isZero();
        assertThat(Files.readString(calls)).contains("-XX:AOTCache=" + checkout.toRealPath().resolve("target/chancery.aot"));

        Files.writeString(target.resolve("chancery.aot.jdk"), "25.0.2\n");
        Files.writeString(calls, "");
        assertThat(run("chancery", home, "envoys", "russia").exit()).isZero();
        assertThat(Files.readString(calls)).contains("java jdk-rel ").doesNotContain("AOTCache");
    }

    @Test
    void anImportStartsWithTheCacheTrainedOnAnImportAndAQuestionWithTheQuestionsCache() throws Exception {
        Path home = jdkOfRelease("25.0.3");
        Path target = trainedQuestionsCache("25.0.3");
        assertThat(run("chancery", home, "import", "--from", "x").exit()).isZero();
        assertThat(Files.readString(calls)).as("no import cache built: the questions' one")
                .contains("-XX:AOTCache=" + checkout.toRealPath().resolve("target/chancery.aot") + " ");

        Files.writeString(target.resolve("chancery-import.aot"), "");
        Files.writeString(calls, "");
        assertThat(run("chancery", home, "import", "--from", "x").exit()).isZero();
        assertThat(Files.readString(calls)).contains("-XX:AOTCache=" + checkout.toRealPath().resolve("target/chancery-import.aot")
                + " -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -jar ");
        Files.writeString(calls, "");
        assertThat(run("chancery", home, "envoys", "russia").exit()).isZero();
        assertThat(Files.readString(calls)).contains("-XX:AOTCache=" + checkout.toRealPath().resolve("target/chancery.aot") + " ");

        Files.writeString(target.resolve("chancery.aot.jdk"), "25.0.2\n");
        Files.writeString(calls, "");
        assertThat(run("chancery", home, "import", "--from", "x").exit()).isZero();
        assertThat(Files.readString(calls)).as("another JDK release: no cache at all").doesNotContain("AOTCache");
    }

    @Test
    void aJavaOnThePathThatIsALinkIsFollowedToItsJdk() throws Exception {
        Path home = jdk("jdk-25", 25);
        Files.createSymbolicLink(bin.resolve("java"), home.resolve("bin/java"));
        Run r = run("chancery", null, "--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(calls)).contains("mvn JAVA_HOME=" + home.toRealPath() + " ", "java jdk-25 -Xmx768m");
    }

    @Test
    void theTestScriptChoosesItsJdkAndFlagsTheSameWay() throws Exception {
        Run r = run("scripts/test", jdk("jdk-21", 21));
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(calls)).contains("MAVEN_OPTS=--enable-native-access=ALL-UNNAMED -B").doesNotContain("--sun-misc");
    }

    @Test
    void theTestScriptRefusesAnOldJdkInOneLine() throws Exception {
        Run old = run("scripts/test", jdk("jdk-17", 17));
        assertThat(old.exit()).isEqualTo(1);
        assertThat(old.err().lines().toList()).singleElement().asString().contains("scripts/test: needs JDK 21 or newer", "JDK 17");
    }

    /** Real Maven on this project's pom, with the JDK given, offline; its whole output. */
    static Run maven(Path javaHome) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("mvn", "-B", "-q", "-o", "-ntp", "-Dstyle.color=never", "validate").redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("MAVEN_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, "");
    }

    @Test
    void mavenOnAJdkBefore21SaysWhichJdkItFoundAndWhatToInstall() throws Exception {
        Path old;
        try (var homes = Files.list(Path.of("/usr/lib/jvm"))) {
            old = homes.filter(h -> Files.isExecutable(h.resolve("bin/javac")) && !Files.isSymbolicLink(h))
                    .filter(h -> feature(h) > 0 && feature(h) < 21).findFirst().orElse(null);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(old != null, "no JDK before 21 on this machine");
        Run r = maven(old);
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).contains("Chancery needs JDK 21 or newer to build; Maven runs on JDK " + feature(old) + ".", "set JAVA_HOME")
                .doesNotContain("release version 21 not supported");
    }

    @Test
    void theBuildPrintsNoColourCodes() throws Exception {
        Run r = maven(Path.of(System.getProperty("java.home")));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("\u001b");
    }

    /** The feature version of the JDK at home, from its release file; 0 if unknown. */
    static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) return Integer.parseInt(line.replaceAll("JAVA_VERSION=\"(1\\.)?(\\d+).*", "$2"));
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
