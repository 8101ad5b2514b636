package io.github.synthphi.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The studies handed out in one extension context, kept in that context's store under a key of its own unique id,
 * so a lookup never falls back to a parent's list by accident.
 */
final class Injections {

    private final List<Injection> list = new CopyOnWriteArrayList<>();

    static void record(ExtensionContext context, Injection injection) {
        context.getStore(SyntheticStudyExtension.NAMESPACE)
                .getOrComputeIfAbsent(key(context), k -> new Injections(), Injections.class).list.add(injection);
    }

    /** The studies handed out in {@code context} itself. */
    static List<Injection> of(ExtensionContext context) {
        Injections own = context.getStore(SyntheticStudyExtension.NAMESPACE).get(key(context), Injections.class);
        return own == null ? List.of() : List.copyOf(own.list);
    }

    /** The studies handed out in {@code context} and its ancestors, outermost first. */
    static List<Injection> along(ExtensionContext context) {
        List<ExtensionContext> chain = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            chain.add(0, c);
        }
        List<Injection> out = new ArrayList<>();
        for (ExtensionContext c : chain) {
            out.addAll(of(c));
        }
        return out;
    }

    private static String key(ExtensionContext context) {
        return "injections of " + context.getUniqueId();
    }
}
