package dev.escalation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageDraft#deferred}: an assessment's drafts are rendered when first read, once, and the map behaves as the
 * eager one did.
 */
class DeferredDraftsTest {

    private static final MessageDraft DECLARATION = new MessageDraft("*Declaration*", List.of("fyi"));
    private static final MessageDraft DAILY = new MessageDraft("*Daily*", List.of());

    private final AtomicInteger renders = new AtomicInteger();

    /** Out of kind order on purpose: the map must iterate in {@link MessageKind} order whatever the renderer gives. */
    private Map<MessageKind, MessageDraft> rendered() {
        renders.incrementAndGet();
        Map<MessageKind, MessageDraft> drafts = new LinkedHashMap<>();
        drafts.put(MessageKind.DAILY_UPDATE, DAILY);
        drafts.put(MessageKind.DECLARATION, DECLARATION);
        return drafts;
    }

    private Map<MessageKind, MessageDraft> deferred() {
        return MessageDraft.deferred(EnumSet.of(MessageKind.DAILY_UPDATE, MessageKind.DECLARATION), this::rendered);
    }

    @Test
    void whichMessagesAreDueIsKnownWithoutRenderingAny() {
        Map<MessageKind, MessageDraft> drafts = deferred();

        // Plain calls: AssertJ's map assertions read entries.
        assertThat(drafts.size()).isEqualTo(2);
        assertThat(drafts.keySet()).containsExactly(MessageKind.DECLARATION, MessageKind.DAILY_UPDATE);
        assertThat(drafts.isEmpty()).isFalse();
        assertThat(drafts.containsKey(MessageKind.CLOSURE_UPDATE)).isFalse();
        assertThat(drafts.get(MessageKind.CLOSURE_UPDATE)).isNull();
        assertThat(renders).hasValue(0);
    }

    @Test
    void theFirstReadRendersThemAllOnceInKindOrder() {
        Map<MessageKind, MessageDraft> drafts = deferred();

        assertThat(drafts.get(MessageKind.DAILY_UPDATE)).isSameAs(DAILY);
        assertThat(drafts.entrySet()).extracting(Map.Entry::getKey)
                .containsExactly(MessageKind.DECLARATION, MessageKind.DAILY_UPDATE);
        assertThat(drafts.values()).containsExactly(DECLARATION, DAILY);
        assertThat(drafts).isEqualTo(rendered()).hasSameHashCodeAs(rendered());
        assertThat(renders).hasValue(1 + 2);
    }

    @Test
    void anAssessmentKeepsTheMapAsItIsAndItCannotBeChanged() {
        Map<MessageKind, MessageDraft> drafts = deferred();
        Assessment assessment = new Assessment(true, null, null, null, null, List.of(), null, null, drafts, List.of(),
                "test");

        assertThat(assessment.messages()).isSameAs(drafts);
        assertThat(renders).hasValue(0);
        assertThatThrownBy(() -> drafts.put(MessageKind.CLOSURE_UPDATE, DAILY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> drafts.keySet().remove(MessageKind.DECLARATION))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> drafts.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(drafts.size()).isEqualTo(2);
    }

    /** Even where there is nothing to change, as {@code Collections.unmodifiableMap} does: no quiet no-op. */
    @Test
    void everyMutatorRefusesWhateverItsArguments() {
        Map<MessageKind, MessageDraft> drafts = deferred();
        List<Runnable> mutators = List.of(
                () -> drafts.remove(MessageKind.CLOSURE_UPDATE),
                () -> drafts.remove(MessageKind.DECLARATION, DAILY),
                () -> drafts.putIfAbsent(MessageKind.DECLARATION, DAILY),
                () -> drafts.putAll(Map.of()),
                () -> drafts.clear(),
                () -> drafts.replace(MessageKind.CLOSURE_UPDATE, DAILY),
                () -> drafts.replace(MessageKind.DECLARATION, DAILY, DAILY),
                () -> drafts.replaceAll((kind, draft) -> draft),
                () -> drafts.computeIfAbsent(MessageKind.DECLARATION, kind -> DAILY),
                () -> drafts.computeIfPresent(MessageKind.CLOSURE_UPDATE, (kind, draft) -> DAILY),
                () -> drafts.compute(MessageKind.CLOSURE_UPDATE, (kind, draft) -> null),
                () -> drafts.merge(MessageKind.DECLARATION, DAILY, (a, b) -> a));
        for (Runnable mutator : mutators) {
            assertThatThrownBy(mutator::run).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(drafts.values()).containsExactly(DECLARATION, DAILY);
    }

    @Test
    void aRendererThatFailsFailsTheReaderAndIsTriedAgainOnTheNextRead() {
        AtomicInteger calls = new AtomicInteger();
        Map<MessageKind, MessageDraft> drafts = MessageDraft.deferred(EnumSet.of(MessageKind.DECLARATION), () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalArgumentException("template broken");
            }
            return Map.of(MessageKind.DECLARATION, DECLARATION);
        });

        assertThatThrownBy(() -> drafts.get(MessageKind.DECLARATION)).hasMessage("template broken");
        assertThat(drafts.get(MessageKind.DECLARATION)).isSameAs(DECLARATION);
        assertThat(calls).hasValue(2);
        assertThatThrownBy(() -> MessageDraft.deferred(EnumSet.of(MessageKind.DECLARATION), () -> null).values())
                .isInstanceOf(IllegalStateException.class).hasMessage("drafted null where [DECLARATION] were due");
    }

    @Test
    void noneDueIsTheEmptyMapAndNeverRenders() {
        assertThat(MessageDraft.deferred(EnumSet.noneOf(MessageKind.class), this::rendered)).isSameAs(Map.of());
        assertThat(renders).hasValue(0);
    }

    @Test
    void renderingOtherMessagesThanTheDueOnesIsADefectReportedOnRead() {
        Map<MessageKind, MessageDraft> drafts = MessageDraft.deferred(EnumSet.of(MessageKind.CLOSURE_UPDATE),
                this::rendered);

        assertThatThrownBy(drafts::values).isInstanceOf(IllegalStateException.class)
                .hasMessage("drafted [DAILY_UPDATE, DECLARATION] where [CLOSURE_UPDATE] were due");
    }

    @Test
    void threadsReadingAtOnceRenderOnceAndSeeTheSameDrafts() throws Exception {
        Map<MessageKind, MessageDraft> drafts = deferred();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<MessageDraft>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return drafts.get(MessageKind.DECLARATION);
                }));
            }
            start.countDown();
            for (Future<MessageDraft> read : reads) {
                assertThat(read.get()).isSameAs(DECLARATION);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renders).hasValue(1);
    }
}
