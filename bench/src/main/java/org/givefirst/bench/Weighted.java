package org.givefirst.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Values drawn with the given relative weights. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted<T> with(T value, int weight) {
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(RandomGenerator random) {
        int drawn = random.nextInt(total);
        int index = 0;
        while (cumulative.get(index) <= drawn) {
            index++;
        }
        return values.get(index);
    }
}
