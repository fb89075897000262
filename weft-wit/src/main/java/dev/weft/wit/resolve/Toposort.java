package dev.weft.wit.resolve;

import dev.weft.wit.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Topological order with a stable tie-break: among the nodes whose dependencies are done, the
 * one that came first in the input goes next (so an input already in a valid order is kept). A
 * cycle is returned as the list of edges that form it.
 */
final class Toposort {
    private Toposort() {}

    /** A dependency of one node on {@code to}, written at {@code span}. */
    record Edge(int from, int to, Span span) {}

    record Result(List<Integer> order, Optional<List<Edge>> cycle) {}

    static Result sort(int n, List<Edge> edges) {
        int[] pending = new int[n];
        List<List<Edge>> dependents = new ArrayList<>();
        List<List<Edge>> dependencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
            dependencies.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            pending[e.from()]++;
            dependents.get(e.to()).add(e);
            dependencies.get(e.from()).add(e);
        }
        boolean[] done = new boolean[n];
        List<Integer> order = new ArrayList<>();
        while (order.size() < n) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && pending[i] == 0) {
                    next = i;
                    break;
                }
            }
            if (next < 0) return new Result(order, Optional.of(findCycle(done, dependencies)));
            done[next] = true;
            order.add(next);
            for (Edge e : dependents.get(next)) pending[e.from()]--;
        }
        return new Result(order, Optional.empty());
    }

    /** Walks dependencies among the unfinished nodes from the first one until a node repeats. */
    private static List<Edge> findCycle(boolean[] done, List<List<Edge>> dependencies) {
        int start = 0;
        while (done[start]) start++;
        List<Edge> path = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        int cur = start;
        while (!seen.contains(cur)) {
            seen.add(cur);
            for (Edge e : dependencies.get(cur)) {
                if (!done[e.to()]) {
                    path.add(e);
                    cur = e.to();
                    break;
                }
            }
        }
        int from = seen.indexOf(cur);
        return path.subList(from, path.size());
    }
}
