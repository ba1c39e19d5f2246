import Foundation
import Synchronization
import KruCore
import Testing

/// Objects the test slot has destroyed (a C destructor cannot capture, so it counts here).
private let destroyedObjects = Atomic<Int>(0)

/// Runs `keep` on a new thread that then ends, and returns `count` before and once it
/// changed after (a slot's destructor runs as the thread exits, just after it signals).
private func countAcrossAThread(keeping keep: @escaping @Sendable () -> Void, count: () -> Int) -> (before: Int, after: Int) {
    let before = count()
    let ended = DispatchSemaphore(value: 0)
    Thread {
        keep()
        ended.signal()
    }.start()
    ended.wait()
    var waited = 0
    while count() == before, waited < 5_000 {
        usleep(1_000)
        waited += 1
    }
    return (before, count())
}

@Suite struct ThreadSlotTests {
    static let slot = ThreadSlot(holding: "test objects") { object in
        object?.deallocate()
        destroyedObjects.add(1, ordering: .relaxed)
    }

    @Test func keepsOneObjectPerThreadUntilTaken() {
        let slot = Self.slot
        #expect(slot.take() == nil)
        #expect(slot.isEmpty)
        let object = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
        slot.keep(object)
        #expect(!slot.isEmpty)
        // Another thread has its own, empty slot.
        let otherSawNothing = Atomic<Bool>(false)
        let done = DispatchSemaphore(value: 0)
        Thread {
            otherSawNothing.store(slot.take() == nil, ordering: .relaxed)
            done.signal()
        }.start()
        done.wait()
        let otherThreadSawNothing = otherSawNothing.load(ordering: .relaxed)
        #expect(otherThreadSawNothing)
        // Taking hands the object over and empties the slot.
        #expect(slot.take() == object)
        #expect(slot.take() == nil)
        object.deallocate()
    }

    @Test func anObjectKeptByAThreadIsDestroyedWhenTheThreadEnds() {
        let (before, after) = countAcrossAThread(
            keeping: { Self.slot.keep(UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)) },
            count: { destroyedObjects.load(ordering: .relaxed) })
        #expect(after == before + 1)
    }
}

/// Objects of the object slot's tests released when their thread ended.
private let releasedProbes = Atomic<Int>(0)

private final class Probe {}

/// A probe that counts its release (only the thread test makes them).
private final class CountedProbe {
    deinit { releasedProbes.add(1, ordering: .relaxed) }
}

@Suite struct ThreadSlotObjectTests {
    static let slot = ThreadSlot(holdingObjects: "test probes")

    @Test func keepsAndHandsBackTheSameObject() {
        let probe = Probe()
        Self.slot.keep(probe)
        #expect(!Self.slot.isEmpty)
        #expect(Self.slot.take(Probe.self) === probe)
        #expect(Self.slot.take(Probe.self) == nil)
    }

    @Test func anObjectKeptByAThreadIsReleasedWhenTheThreadEnds() {
        let (before, after) = countAcrossAThread(
            keeping: { Self.slot.keep(CountedProbe()) }, count: { releasedProbes.load(ordering: .relaxed) })
        #expect(after == before + 1)
    }
}
