import KruCore

/// What one thread's diagnostics keep between pages: the context of its last
/// page (without the page: the next page is read into it, its tags and
/// attributes into the same arrays) and the arrays of the nesting replay (its
/// events, its stack of open elements and its state per tag name). The next
/// page empties and refills them, reusing their memory instead of allocating
/// (and freeing) each of them again.
///
/// The replay takes each of its arrays out (``take(_:)``) and the context gives
/// it back when done (``give(_:to:)``); an array that is still shared when taken
/// again is simply copied, so reuse never changes what a page sees.
///
/// Only its own thread uses a memory, one call at a time: its arrays need no
/// exclusivity checks.
final class DiagnosticsMemory {
    @exclusivity(unchecked) var events: [TagStructure.Event] = []
    @exclusivity(unchecked) var openElements: [TagStructure.OpenElement] = []
    /// The replay's state per tag name.
    let nameStates = ReplayMemory(empty: TagStructure.NameState())
    /// The context of the thread's last page, holding no page.
    @exclusivity(unchecked) private var keptContext: HTMLDiagnosticContext?

    /// Arrays with room for more elements than this are not kept: one huge
    /// page must not hold memory for the rest of its thread's life.
    static let keptCapacityLimit = 4096

    init() {}

    /// `array`, emptied but with its memory, leaving an empty array in its place.
    @inline(__always)
    static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        // Often empty already (a page that leaves nothing open, with no nesting problem).
        if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
        return taken
    }

    /// The context of `document`: the kept context read anew when there is one, else a new one.
    func context(for document: HTMLDocument) -> HTMLDiagnosticContext {
        guard let context = keptContext else { return HTMLDiagnosticContext(document: document, reusing: self) }
        keptContext = nil
        context.read(document, reusing: self)
        return context
    }

    /// Keeps a page's context, without its page, and the arrays it filled, for the thread's next page.
    func keep(_ context: HTMLDiagnosticContext) {
        context.release(into: self)
        keptContext = context
        nameStates.free(ifLargerThan: Self.keptCapacityLimit)
    }

    /// Moves `array` into `kept` (an array ``take(_:)`` emptied) when its memory is small
    /// enough to keep, else frees it; `array` is left empty.
    @inline(__always)
    static func give<Element>(_ array: inout [Element], to kept: inout [Element]) {
        if array.capacity <= keptCapacityLimit { swap(&array, &kept) }
        array = []
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
