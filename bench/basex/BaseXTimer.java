import java.nio.file.Files;
import java.nio.file.Path;
import org.basex.core.Context;
import org.basex.core.cmd.XQuery;

/**
 * Times BaseX answering each query warm, in one JVM with its databases open, as its server
 * would: each call parses, compiles, evaluates and serializes the query. Prints
 * "basex NAME MEAN_US" per query file given. Run with the Debian basex jar on the class path.
 */
public class BaseXTimer {
    public static void main(String[] args) throws Exception {
        int reps = Integer.parseInt(args[0]);
        Context ctx = new Context();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String query = Files.readString(file);
            // keep the database the query reads open in the context, as a running server does
            String db = query.contains("chancery_pocom") ? "chancery_pocom" : "chancery_rdcr";
            new org.basex.core.cmd.Open(db).execute(ctx);
            for (int w = 0; w < Math.max(20, reps / 10); w++) new XQuery(query).execute(ctx);
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) new XQuery(query).execute(ctx);
            double mean = (System.nanoTime() - t0) / 1e3 / reps;
            System.out.printf(java.util.Locale.ROOT, "basex %s %.1f%n", file.getFileName().toString().replace(".xq", ""), mean);
        }
        ctx.close();
    }
}
