package id.kalbarprov.loket.core.request;

import static id.kalbarprov.loket.core.request.RequestState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.processing.NetworkRecord;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestWorkflowTest {

    /** The allowed steps as the issue describes them (SIAP_SURAT → SELESAI belongs to the letters engine). */
    static final Set<String> ALLOWED = Set.of(
            "BERKAS_BELUM_LENGKAP>DITERIMA", "BERKAS_BELUM_LENGKAP>DITOLAK",
            "DITERIMA>DIKAJI", "DITERIMA>DIKEMBALIKAN", "DITERIMA>DITOLAK",
            "DIKAJI>DIPROSES", "DIKAJI>DIKEMBALIKAN", "DIKAJI>DITOLAK",
            "DIPROSES>SIAP_SURAT", "DIPROSES>DIKEMBALIKAN",
            "SIAP_SURAT>SELESAI",
            "DIKEMBALIKAN>DITERIMA", "DIKEMBALIKAN>DITOLAK");

    static final Actor ALL = new Actor(1, "siti", "Siti Rahmawati", EnumSet.allOf(Role.class));

    /** 2026 holidays around Idulfitri and Christmas, as in the seeded table. */
    static final WorkingCalendar CAL = new WorkingCalendar(List.of(
            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
            LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24),
            LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)), LocalTime.of(16, 0));

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        LocalDateTime now;

        MovableClock(LocalDateTime now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.toInstant(ZoneOffset.UTC);
        }
    }

    final FakeWorkflowPort port = new FakeWorkflowPort();
    final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 23, 10, 0));
    final RequestWorkflow workflow = new RequestWorkflow(port, () -> CAL, clock);

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (RequestState from : RequestState.values()) {
            for (RequestState to : RequestState.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(from + ">" + to)));
            }
        }
        return pairs.stream();
    }

    /** Asks the workflow for the step into {@code to} the way the screens do. */
    void move(long id, int version, RequestState to) {
        switch (to) {
            case DIKAJI -> workflow.takeForReview(id, version, ALL);
            case DIPROSES -> workflow.forwardToProcessing(id, version, ALL, "budi", null);
            case DIKEMBALIKAN -> workflow.returnToAgency(id, version, ALL, "Surat tanpa cap", "Surat bercap PD");
            case DITERIMA -> workflow.missingItemsArrived(id, version, ALL, null);
            case DITOLAK -> workflow.refuse(id, version, ALL, "Bukan layanan Diskominfo");
            case SIAP_SURAT -> workflow.finishProcessing(id, version, ALL,
                    new NetworkRecord("Ruang rapat lantai 2", NetworkRecord.Work.PEMASANGAN, "20 Mbps"));
            // No screen moves a request into these: the letters engine checks SIAP_SURAT → SELESAI itself.
            case SELESAI, BERKAS_BELUM_LENGKAP -> {
                RequestSnapshot s = port.find(id).orElseThrow();
                RequestWorkflow.requireAllowed(s.state(), to);
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed={2}")
    @MethodSource("everyPair")
    void onlyTheAllowedTransitionsHappen(RequestState from, RequestState to, boolean allowed) {
        port.put(7, from, ServiceKind.JARINGAN, 3, from == BERKAS_BELUM_LENGKAP ? null : LocalDate.of(2026, 11, 20));
        if (allowed) {
            move(7, 1, to);
            if (to != SELESAI) {
                assertThat(port.find(7).orElseThrow().state()).isEqualTo(to);
                assertThat(port.applied).singleElement().satisfies(c -> {
                    assertThat(c.from()).isEqualTo(from);
                    assertThat(c.to()).isEqualTo(to);
                    assertThat(c.actor()).isEqualTo("Siti Rahmawati (siti)");
                    assertThat(c.note()).isNotBlank();
                });
            }
        } else {
            assertThatThrownBy(() -> move(7, 1, to)).isInstanceOf(TransitionNotAllowedException.class);
            assertThat(port.applied).isEmpty();
            assertThat(port.find(7).orElseThrow().state()).isEqualTo(from);
        }
    }

    @Test
    void pauseAndResumeAroundIdulfitri2026() {
        // Mon 16 March 2026 10:00, hosting (3 working days): day 0 = 16 March; due 26 March (17, 25, 26).
        port.put(1, DITERIMA, ServiceKind.HOSTING, 3, CAL.clockStart(LocalDateTime.of(2026, 3, 16, 10, 0)));
        assertThat(RequestClock.due(LocalDate.of(2026, 3, 16), 3, 0, CAL)).isEqualTo(LocalDate.of(2026, 3, 26));
        clock.now = LocalDateTime.of(2026, 3, 17, 11, 0);
        workflow.returnToAgency(1, 1, ALL, "Cap PD tidak ada", "Surat permintaan bercap PD");
        RequestSnapshot paused = port.find(1).orElseThrow();
        assertThat(paused.clockDaysUsed()).as("Tuesday 17 March used").isEqualTo(1);
        assertThat(paused.pausedOn()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(paused.state().clockRunning()).isFalse();

        // The stamped letter arrives Wednesday 25 March 15:00, the first working day after the leave.
        clock.now = LocalDateTime.of(2026, 3, 25, 15, 0);
        workflow.missingItemsArrived(1, 2, ALL, null);
        RequestSnapshot resumed = port.find(1).orElseThrow();
        assertThat(resumed.clockStart()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(resumed.pausedOn()).isNull();
        assertThat(resumed.clockDaysUsed()).isEqualTo(1);
        assertThat(RequestClock.due(resumed.clockStart(), 3, resumed.clockDaysUsed(), CAL))
                .as("two remaining days: 26 and 27 March").isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void itemsArrivingAfterClosingTimeResumeOnTheNextWorkingDay() {
        port.put(1, DIKAJI, ServiceKind.HOSTING, 3, LocalDate.of(2026, 3, 16));
        clock.now = LocalDateTime.of(2026, 3, 17, 9, 0);
        workflow.returnToAgency(1, 1, ALL, "Kurang", "Formulir");
        clock.now = LocalDateTime.of(2026, 3, 25, 16, 0);
        workflow.missingItemsArrived(1, 2, ALL, null);
        RequestSnapshot s = port.find(1).orElseThrow();
        assertThat(s.clockStart()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(RequestClock.due(s.clockStart(), 3, s.clockDaysUsed(), CAL)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void pauseAndResumeAroundChristmas2026() {
        // Tue 22 Dec 2026 15:00, 3 days: 23, 28, 29 December. Returned Wed 23 (one day used).
        port.put(1, DIPROSES, ServiceKind.JARINGAN, 3, CAL.clockStart(LocalDateTime.of(2026, 12, 22, 15, 0)));
        clock.now = LocalDateTime.of(2026, 12, 23, 14, 0);
        workflow.returnToAgency(1, 1, ALL, "Lokasi belum jelas", "Denah lokasi");
        assertThat(port.find(1).orElseThrow().clockDaysUsed()).isEqualTo(1);
        // Items arrive on Christmas Eve (cuti bersama): day 0 is Monday 28; two days left → Wed 30.
        clock.now = LocalDateTime.of(2026, 12, 24, 9, 0);
        workflow.missingItemsArrived(1, 2, ALL, "Diantar staf");
        RequestSnapshot s = port.find(1).orElseThrow();
        assertThat(s.clockStart()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(RequestClock.due(s.clockStart(), 3, s.clockDaysUsed(), CAL)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aPauseOnDayZeroUsesNothingAndAnOverduePauseLeavesNoDays() {
        port.put(1, DITERIMA, ServiceKind.VICON, 1, LocalDate.of(2026, 11, 23));
        clock.now = LocalDateTime.of(2026, 11, 23, 15, 0);
        workflow.returnToAgency(1, 1, ALL, "a", "b");
        assertThat(port.find(1).orElseThrow().clockDaysUsed()).isZero();

        port.put(2, DIKAJI, ServiceKind.VICON, 1, LocalDate.of(2026, 11, 16));
        workflow.returnToAgency(2, 1, ALL, "a", "b");
        assertThat(port.find(2).orElseThrow().clockDaysUsed()).isEqualTo(5);
        clock.now = LocalDateTime.of(2026, 11, 24, 9, 0);
        workflow.missingItemsArrived(2, 2, ALL, null);
        RequestSnapshot s = port.find(2).orElseThrow();
        assertThat(RequestClock.due(s.clockStart(), 1, s.clockDaysUsed(), CAL)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void completingAnIncompleteFileStartsTheClockFromNothing() {
        port.put(1, BERKAS_BELUM_LENGKAP, ServiceKind.VICON, 1, null);
        clock.now = LocalDateTime.of(2026, 3, 20, 10, 0); // cuti bersama Idulfitri
        workflow.missingItemsArrived(1, 1, ALL, null);
        RequestSnapshot s = port.find(1).orElseThrow();
        assertThat(s.clockStart()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(s.clockDaysUsed()).isZero();
        assertThat(port.applied.get(0).completeChecklist()).isTrue();
        assertThat(RequestClock.due(s.clockStart(), 1, 0, CAL)).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void reviewerAndProcessorAreRecorded() {
        port.put(1, DITERIMA, ServiceKind.JARINGAN, 3, LocalDate.of(2026, 11, 23));
        workflow.takeForReview(1, 1, ALL);
        assertThat(port.find(1).orElseThrow().reviewer()).isEqualTo("siti");
        workflow.forwardToProcessing(1, 2, ALL, "  budi ", "Segera");
        RequestSnapshot s = port.find(1).orElseThrow();
        assertThat(s.processor()).isEqualTo("budi");
        assertThat(s.reviewer()).isEqualTo("siti");
        assertThat(port.applied.get(1).note()).isEqualTo("Diteruskan ke pelaksana budi. Segera");
    }

    @Test
    void aStaleVersionIsRefusedWithWhoAndWhen() {
        port.put(1, DITERIMA, ServiceKind.JARINGAN, 3, LocalDate.of(2026, 11, 23));
        workflow.takeForReview(1, 1, new Actor(2, "andi", "Andi Pratama", Set.of(Role.ANALIS)));
        assertThatThrownBy(() -> workflow.refuse(1, 1, ALL, "Tidak relevan"))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("Andi Pratama (andi)");
                    assertThat(e.changedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
                });
        assertThat(port.find(1).orElseThrow().state()).isEqualTo(DIKAJI);
        assertThat(port.applied).hasSize(1);
    }

    static Stream<Arguments> reasonsRequired() {
        return Stream.of(
                Arguments.of((Consumer<RequestWorkflow>) w -> w.refuse(1, 1, ALL, "  "), List.of("reason")),
                Arguments.of((Consumer<RequestWorkflow>) w -> w.returnToAgency(1, 1, ALL, null, ""),
                        List.of("reason", "missingItems")),
                Arguments.of((Consumer<RequestWorkflow>) w -> w.returnToAgency(1, 1, ALL, "Cap", " "),
                        List.of("missingItems")),
                Arguments.of((Consumer<RequestWorkflow>) w -> w.forwardToProcessing(1, 1, ALL, " ", null),
                        List.of("processor")));
    }

    @ParameterizedTest
    @MethodSource("reasonsRequired")
    void missingReasonsAreRefusedAndNothingIsWritten(Consumer<RequestWorkflow> action, List<String> fields) {
        port.put(1, DIKAJI, ServiceKind.JARINGAN, 3, LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> action.accept(workflow)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyElementsOf(fields));
        assertThat(port.applied).isEmpty();
    }

    static Stream<Arguments> wrongRoles() {
        Actor loket = new Actor(3, "rina", "Rina", Set.of(Role.PETUGAS_LOKET));
        Actor analis = new Actor(4, "andi", "Andi", Set.of(Role.ANALIS));
        Actor pelaksana = new Actor(5, "budi", "Budi", Set.of(Role.PELAKSANA));
        return Stream.of(
                Arguments.of("takeForReview", DITERIMA, pelaksana,
                        (Consumer<RequestWorkflow>) w -> w.takeForReview(1, 1, pelaksana)),
                Arguments.of("forward", DIKAJI, loket,
                        (Consumer<RequestWorkflow>) w -> w.forwardToProcessing(1, 1, loket, "budi", null)),
                Arguments.of("return", DIKAJI, pelaksana,
                        (Consumer<RequestWorkflow>) w -> w.returnToAgency(1, 1, pelaksana, "a", "b")),
                Arguments.of("refuse", DIKAJI, loket,
                        (Consumer<RequestWorkflow>) w -> w.refuse(1, 1, loket, "a")),
                Arguments.of("itemsArrived", DIKEMBALIKAN, analis,
                        (Consumer<RequestWorkflow>) w -> w.missingItemsArrived(1, 1, analis, null)),
                Arguments.of("finish", DIPROSES, analis,
                        (Consumer<RequestWorkflow>) w -> w.finishProcessing(1, 1, analis,
                                new NetworkRecord("Aula", NetworkRecord.Work.PERBAIKAN, "10 Mbps"))));
    }

    @ParameterizedTest(name = "{0} refused for {2}")
    @MethodSource("wrongRoles")
    void aWrongRoleIsRefused(String action, RequestState state, Actor actor, Consumer<RequestWorkflow> call) {
        port.put(1, state, ServiceKind.JARINGAN, 3, LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> call.accept(workflow)).isInstanceOf(AccessDeniedException.class);
        assertThat(port.applied).isEmpty();
        assertThat(port.find(1).orElseThrow().state()).isEqualTo(state);
    }

    @Test
    void aRecordForAnotherServiceIsRefused() {
        port.put(1, DIPROSES, ServiceKind.VICON, 1, LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> workflow.finishProcessing(1, 1, ALL,
                new NetworkRecord("Aula", NetworkRecord.Work.PERBAIKAN, "10 Mbps")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(port.applied).isEmpty();
    }
}
