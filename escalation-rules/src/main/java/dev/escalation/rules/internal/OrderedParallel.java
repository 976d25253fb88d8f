package dev.escalation.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream on several threads, keeping its order and holding at most a small window of elements in flight
 * ({@value #CHUNK} per task, {@value #CHUNKS_PER_THREAD} tasks per thread), so a stream of any length runs in bounded
 * memory. The source is read on the consuming thread; the work runs on daemon
 * threads that end with the stream.
 */
public final class OrderedParallel {

    /** Elements handed to a thread at once: few enough hand-offs that the consumer rarely wakes. */
    private static final int CHUNK = 16;
    /** Chunks in flight per thread: enough to keep every thread busy while the consumer takes results. */
    private static final int CHUNKS_PER_THREAD = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private OrderedParallel() {
    }

    /**
     * @param source  the elements
     * @param work    what to do with each; an exception it throws reaches the consumer
     * @param threads how many threads to work on, at least 1; with 1 the work runs on the consuming thread
     * @param <T>     the elements' type
     * @param <R>     the results' type
     * @return the results in the order of the source; closing it stops the threads
     */
    public static <T, R> Stream<R> map(Stream<T> source, Function<? super T, ? extends R> work, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (threads == 1) {
            return source.map(work);
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger names = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "escalation-batch-" + pool + "-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Window<T, R> window = new Window<>(source.iterator(), work, executor, threads * CHUNKS_PER_THREAD);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(window, Spliterator.ORDERED), false)
                .onClose(executor::shutdownNow).onClose(source::close);
    }

    /** Reads the source in chunks, keeps a bounded number of them in flight, and yields results in order. */
    private static final class Window<T, R> implements Iterator<R> {
        private final Iterator<T> source;
        private final Function<? super T, ? extends R> work;
        private final ExecutorService executor;
        private final int chunks;
        private final Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
        private Iterator<R> current = java.util.Collections.emptyIterator();

        Window(Iterator<T> source, Function<? super T, ? extends R> work, ExecutorService executor, int chunks) {
            this.source = source;
            this.work = work;
            this.executor = executor;
            this.chunks = chunks;
        }

        private void fill() {
            while (inFlight.size() < chunks && source.hasNext()) {
                List<T> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && source.hasNext()) {
                    chunk.add(source.next());
                }
                inFlight.add(executor.submit(() -> {
                    List<R> results = new ArrayList<>(chunk.size());
                    for (T element : chunk) {
                        results.add(work.apply(element));
                    }
                    return results;
                }));
            }
            if (inFlight.isEmpty()) {
                executor.shutdown();
            }
        }

        @Override
        public boolean hasNext() {
            if (current.hasNext()) {
                return true;
            }
            fill();
            if (inFlight.isEmpty()) {
                return false;
            }
            current = take(inFlight.poll()).iterator();
            fill();
            return current.hasNext();
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private List<R> take(Future<List<R>> chunk) {
            try {
                return chunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                executor.shutdownNow();
                throw new IllegalStateException("interrupted while waiting for a batch result", e);
            } catch (ExecutionException e) {
                executor.shutdownNow();
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
