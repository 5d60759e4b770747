import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of the aot-cache profile (pom.xml), run by JDK 25 before the AOT cache is trained:
 * rewrites the class files older than Java 6 (version 49 and below) in the jars of target/lib as
 * Java 8 class files (version 52) with the stack maps the modern verifier needs; nothing else in
 * them changes. Why: the JDK's AOT cache leaves out every old class it has seen linked ("Old class
 * has been linked"), because the old verifier records nothing the cache could check again. picocli
 * (compiled for Java 5) was therefore read and verified from its jar at every start, some 170
 * classes, and so was vinnie (biweekly's). A jar is left as it is when it is signed, when a class
 * cannot be rewritten, or when a rewritten class fails the JDK's verifier; it is then said on one
 * line, and the cache is only the smaller.
 *
 * <p>Usage: {@code java scripts/ClassFileUpgrade.java DIR} (JDK 24 or newer: the Class-File API).
 */
public final class ClassFileUpgrade {
    static final int OLDEST_KEPT = 50; // Java 6: from here on the cache keeps a class
    static final int TARGET = 52;

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                String result = upgrade(jar);
                if (result != null) System.out.println("ClassFileUpgrade: " + jar.getFileName() + ": " + result);
            }
        }
    }

    /** Rewrites the jar's old classes in place; returns what was done, or null when it holds none. */
    static String upgrade(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".upgrading");
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            int n;
            try (FileSystem zip = FileSystems.newFileSystem(copy)) {
                List<Path> old = oldClasses(zip);
                if (old.isEmpty()) return null;
                if (Files.exists(zip.getPath("META-INF")) && isSigned(zip)) return "signed, left as it is";
                ClassFile cf = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                        ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver().orElse(inJar(zip))));
                ClassTransform modern = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen((b, e) -> {
                    if (e instanceof ClassFileVersion) b.with(ClassFileVersion.of(TARGET, 0));
                    else b.with(e);
                });
                List<byte[]> rewritten = new ArrayList<>();
                for (Path p : old) {
                    byte[] bytes;
                    try {
                        bytes = cf.transformClass(cf.parse(Files.readAllBytes(p)), modern);
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        return "left as it is: " + p + " cannot be rewritten (" + e.getMessage() + ")";
                    }
                    List<VerifyError> errors = cf.verify(bytes);
                    if (!errors.isEmpty()) return "left as it is: " + p + " fails verification (" + errors.getFirst().getMessage() + ")";
                    rewritten.add(bytes);
                }
                for (int i = 0; i < old.size(); i++) Files.write(old.get(i), rewritten.get(i));
                n = old.size();
            }
            Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n + " classes rewritten as version " + TARGET;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    static List<Path> oldClasses(FileSystem zip) throws IOException {
        List<Path> old = new ArrayList<>();
        try (Stream<Path> all = Files.walk(zip.getPath("/"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!p.toString().endsWith(".class") || p.startsWith("/META-INF")) continue;
                try (InputStream in = Files.newInputStream(p)) {
                    byte[] head = in.readNBytes(8);
                    if (head.length == 8 && ((head[6] & 0xff) << 8 | head[7] & 0xff) < OLDEST_KEPT) old.add(p);
                }
            }
        }
        return old;
    }

    static boolean isSigned(FileSystem zip) throws IOException {
        try (Stream<Path> meta = Files.list(zip.getPath("META-INF"))) {
            return meta.anyMatch(p -> p.toString().matches("(?i).*\\.(sf|rsa|dsa|ec)"));
        }
    }

    /** The classes of the jar itself, for the stack maps' common superclasses. */
    static ClassHierarchyResolver inJar(FileSystem zip) {
        return ClassHierarchyResolver.ofResourceParsing((ClassDesc c) -> {
            String d = c.descriptorString();
            Path p = zip.getPath(d.substring(1, d.length() - 1) + ".class");
            try {
                return Files.exists(p) ? Files.newInputStream(p) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }
}
