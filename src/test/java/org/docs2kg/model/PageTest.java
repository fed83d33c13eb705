package org.docs2kg.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PageTest {
    private static final List<TextBlock> BLOCKS = List.of(
            new TextBlock(TextBlock.Kind.PARAGRAPH, "We encrypt it.", new int[] {0}, new int[] {3}, 0));

    @Test
    void blocksOnDemandAreMadeOnceWhateverTheNumberOfThreadsAsking() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch asked = new CountDownLatch(1);
        Page page = Page.withBlocksOnDemand("p.md", "g/p.md", "P", "", List.of(), List.of(), () -> {
            made.incrementAndGet();
            return BLOCKS;
        }, List.of());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<TextBlock>>> seen = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                seen.add(threads.submit(() -> {
                    asked.await();
                    return page.blocks();
                }));
            }
            asked.countDown();
            for (Future<List<TextBlock>> f : seen) {
                assertSame(page.blocks(), f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, made.get());
        assertEquals(BLOCKS, page.blocks());
    }

    @Test
    void aPageWithBlocksOnDemandEqualsThePageWithTheSameBlocksGiven() {
        Page eager = new Page("p.md", "g/p.md", "P", "a", List.of(), List.of(), BLOCKS, List.of());
        Page lazy = Page.withBlocksOnDemand("p.md", "g/p.md", "P", "a", List.of(), List.of(), () -> BLOCKS, List.of());
        assertEquals(eager, lazy);
        assertEquals(eager.hashCode(), lazy.hashCode());
    }
}
