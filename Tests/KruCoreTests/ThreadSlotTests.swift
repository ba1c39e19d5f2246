import Foundation
import Synchronization
import KruCore
import Testing

/// Objects the test slot has destroyed (a C destructor cannot capture, so it counts here).
private let destroyedObjects = Atomic<Int>(0)

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
        let before = destroyedObjects.load(ordering: .relaxed)
        let ended = DispatchSemaphore(value: 0)
        Thread {
            Self.slot.keep(UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8))
            ended.signal()
        }.start()
        ended.wait()
        // The destructor runs as the thread exits, just after the signal.
        var waited = 0
        while destroyedObjects.load(ordering: .relaxed) == before, waited < 5_000 {
            usleep(1_000)
            waited += 1
        }
        let after = destroyedObjects.load(ordering: .relaxed)
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
        let before = releasedProbes.load(ordering: .relaxed)
        let ended = DispatchSemaphore(value: 0)
        Thread {
            Self.slot.keep(CountedProbe())
            ended.signal()
        }.start()
        ended.wait()
        // The slot releases it as the thread exits, just after the signal.
        var waited = 0
        while releasedProbes.load(ordering: .relaxed) == before, waited < 5_000 {
            usleep(1_000)
            waited += 1
        }
        let after = releasedProbes.load(ordering: .relaxed)
        #expect(after == before + 1)
    }
}
