package dev.escalation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
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

    private Map<MessageKind, MessageDraft> rendered() {
        renders.incrementAndGet();
        Map<MessageKind, MessageDraft> drafts = new EnumMap<>(MessageKind.class);
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
                .hasMessage("drafted [DECLARATION, DAILY_UPDATE] where [CLOSURE_UPDATE] were due");
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
