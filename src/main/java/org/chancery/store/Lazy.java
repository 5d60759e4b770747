package org.chancery.store;

import java.util.function.Supplier;

/** A value computed on first use, once, by whichever reader asks first; the others wait for it. */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> make;
    private volatile T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v != null) return v;
        synchronized (this) {
            if (value == null) {
                value = make.get();
                make = null;
            }
            return value;
        }
    }
}
