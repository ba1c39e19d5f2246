import KruCore

/// The arrays one page's diagnostics fill (its tags, their attributes, the
/// nesting events, the replay's stack of open elements and its state per tag
/// name), kept by each thread between pages: the next page empties and
/// refills them, reusing their memory instead of allocating (and freeing)
/// each of them again.
///
/// A page takes each array out (``take(_:)``) and gives it back when done
/// (``HTMLDiagnostics/run(on:)`` keeps what its context holds); an array
/// that is still shared when taken again is simply copied, so reuse never
/// changes what a page sees.
///
/// Only its own thread uses a memory, one call at a time: its arrays need no
/// exclusivity checks.
final class DiagnosticsMemory {
    @exclusivity(unchecked) var tags: [SourceTag] = []
    @exclusivity(unchecked) var attributes: [SourceAttribute] = []
    @exclusivity(unchecked) var events: [TagStructure.Event] = []
    @exclusivity(unchecked) var openElements: [TagStructure.OpenElement] = []
    /// The replay's state per tag name.
    let nameStates = ReplayMemory(empty: TagStructure.NameState())

    /// Arrays with room for more elements than this are not kept: one huge
    /// page must not hold memory for the rest of its thread's life.
    static let keptCapacityLimit = 4096

    init() {}

    /// `array`, emptied but with its memory, leaving an empty array in its place.
    @inline(__always)
    static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// Keeps the arrays a page's context filled, for the thread's next page.
    func keep(_ context: HTMLDiagnosticContext) {
        tags = Self.bounded(context.markup.tags)
        attributes = Self.bounded(context.markup.attributes)
        events = Self.bounded(context.structure.events)
        nameStates.free(ifLargerThan: Self.keptCapacityLimit)
    }

    /// `array` when its memory is small enough to keep, else an empty array.
    @inline(__always)
    static func bounded<Element>(_ array: [Element]) -> [Element] {
        array.capacity <= keptCapacityLimit ? array : []
    }

    /// Calls `body` with this thread's kept memory (a new one when the thread has none, or while
    /// another call on this thread uses it), and keeps it for the thread's next call.
    static func with<Result>(_ body: (DiagnosticsMemory) -> Result) -> Result {
        // The slot's untyped calls: its generic `take(_:)` and `keep(_:)` are not specialized
        // across modules and cost a few hundred instructions a page.
        let memory = slot.take().map { Unmanaged<DiagnosticsMemory>.fromOpaque($0).takeRetainedValue() }
            ?? DiagnosticsMemory()
        let result = body(memory)
        if slot.isEmpty { slot.keep(Unmanaged.passRetained(memory).toOpaque()) }
        return result
    }

    private static let slot = ThreadSlot(holdingObjects: "diagnostics memory")
}
