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
