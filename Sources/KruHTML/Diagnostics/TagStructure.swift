/// The nesting problems of a page's tags, found by replaying its start and end
/// tags on a simplified stack of open elements that follows browser rules:
/// void elements never open, end tags HTML lets you leave out (`</p>`,
/// `</li>`, `</td>` …) are implied where a browser implies them, and an end
/// tag only closes an element "in scope".
///
/// Values of ``Event`` refer to tags by their index in the tag list.
struct TagStructure: Sendable {
    /// An element closed before its own end tag came.
    struct EarlyClose: Hashable, Sendable {
        /// The start tag of the element.
        var start: Int
        /// The start or end tag that closed it.
        var closedBy: Int
        var closedByEndTag: Bool
    }

    enum Event: Hashable, Sendable {
        /// An element whose end tag is required was never closed by its own end tag.
        case unclosed(start: Int, closedBy: Int?)
        /// `<a href="x">link<a>`, `<h1>Title<h1>`: the element at `start` is
        /// never closed, and the bare start tag `again`, which would only end
        /// it, was surely meant as its end tag.
        case missingSlash(start: Int, again: Int)
        /// `</b>` in `<b><i></b></i>`: it closed `<b>` while `<i>` (`inner`) was open,
        /// and `</i>` comes later.
        case crossed(endTag: Int, inner: Int)
        /// An end tag whose element a later start tag had already closed
        /// (`</b>` in `<p><b>x<div></div></b>`).
        case late(endTag: Int, start: Int, closedBy: Int)
        /// An end tag that does not match the open element it must have been
        /// meant for (`</h2>` closing `<h1>`).
        case mismatched(endTag: Int, open: Int)
        /// An end tag with nothing to close.
        case stray(endTag: Int, closedEarly: EarlyClose?)

        /// The tag the event is reported at.
        var reportedTag: Int {
            switch self {
            case .unclosed(let start, _), .missingSlash(let start, _): return start
            case .crossed(let endTag, _), .late(let endTag, _, _), .mismatched(let endTag, _), .stray(let endTag, _):
                return endTag
            }
        }
    }

    /// An element on the replay's stack of open elements.
    struct OpenElement {
        var name: TagName
        var traits: TagTraits
        /// The index of its start tag.
        var tag: Int
    }

    /// What the replay knows about one name (all zero at first).
    struct NameState {
        /// How many elements of the name are open, so most searches end at once.
        var open: Int32 = 0
        /// 1 + the top entry of the name's stack of elements closed early (0: none).
        var closedEarlyTop: Int32 = 0
        /// How many start and end tags of the name are still to come (counted
        /// only once a question needs them: see `Replay.laterTags(of:after:)`).
        var laterStartTags: Int32 = 0
        var laterEndTags: Int32 = 0
    }

    /// Every problem, in source order of the tag it is reported at (a kept context gives
    /// the array back to its thread's ``DiagnosticsMemory``).
    var events: [Event]

    /// Replays `tags`, whose names are below `nameCount` (``TagNames/count``); its arrays come from `memory`.
    init(tags: [SourceTag], nameCount: Int, reusing memory: DiagnosticsMemory = DiagnosticsMemory()) {
        let byName = memory.nameStates.room(for: nameCount)
        var replay = Replay(tags: tags, byName: byName, memory: memory)
        replay.run()
        // Only the entries of the page's names changed: emptied, every entry is empty for the next page.
        for index in tags.indices { byName[tags[index].name.index] = NameState() }
        let found = replay.finish(into: memory)
        // In source order of the tag each event is reported at.
        var inOrder = true
        for index in found.indices.dropFirst()
        where tags[found[index - 1].reportedTag].start > tags[found[index].reportedTag].start {
            inOrder = false
            break
        }
        if inOrder {
            events = found
            return
        }
        events = found.enumerated().sorted { a, b in
            let (left, right) = (tags[a.element.reportedTag].start, tags[b.element.reportedTag].start)
            return left == right ? a.offset < b.offset : left < right
        }.map(\.element)
    }
}

/// A few tag names: those with ids below 192 (every ``HTMLTag``) as bits, plus at most one other name.
private struct NameSet {
    private var low: UInt64 = 0
    private var middle: UInt64 = 0
    private var high: UInt64 = 0
    private var other = -1

    init() {}

    init(_ name: TagName) { insert(name) }

    private mutating func insert(_ name: TagName) {
        let index = name.index
        let bit: UInt64 = 1 << UInt64(index & 63)
        if index < 64 {
            low |= bit
        } else if index < 128 {
            middle |= bit
        } else if index < 192 {
            high |= bit
        } else {
            other = index
        }
    }

    static func | (left: NameSet, right: TagName) -> NameSet {
        var names = left
        names.insert(right)
        return names
    }

    @inline(__always)
    func contains(_ name: TagName) -> Bool {
        let index = name.index
        guard index < 192 else { return index == other }
        let word = index < 64 ? low : index < 128 ? middle : high
        return word & (1 << UInt64(index & 63)) != 0
    }

    /// Calls `body` with each name, in the order of their ids, until it returns true.
    func contains(where body: (TagName) -> Bool) -> Bool {
        func any(_ word: UInt64, from base: Int) -> Bool {
            var rest = word
            while rest != 0 {
                if body(TagName(index: base + rest.trailingZeroBitCount)) { return true }
                rest &= rest - 1
            }
            return false
        }
        return any(low, from: 0) || any(middle, from: 64) || any(high, from: 128)
            || (other >= 0 && body(TagName(index: other)))
    }

    static var listItem: NameSet { NameSet(.li) }
    static var definitionItems: NameSet { NameSet(.dd) | .dt }
    static var cells: NameSet { NameSet(.td) | .th }
    static var row: NameSet { NameSet(.tr) }
    static var tableSections: NameSet { NameSet(.thead) | .tbody | .tfoot | .caption | .colgroup }
    static var paragraph: NameSet { NameSet(.p) }
    static var html: NameSet { NameSet(.html) }
}

/// Where a search for an open element stops: names with one of `traits`, or one of `names`.
private struct Boundaries {
    var traits: TagTraits
    var names = NameSet()

    static var scope: Boundaries { Boundaries(traits: .scopeBoundary) }
    static var buttonScope: Boundaries { Boundaries(traits: .scopeBoundary, names: NameSet(.button)) }
    static var listItemScope: Boundaries { Boundaries(traits: .scopeBoundary, names: NameSet(.ol) | .ul) }
    static var tableScope: Boundaries { Boundaries(traits: .tableScopeBoundary) }
    static var foreign: Boundaries { Boundaries(traits: [], names: .html) }
}

/// The replay of the tags on a stack of open elements.
private struct Replay {
    let tags: [SourceTag]
    var events: [TagStructure.Event] = []

    private typealias OpenElement = TagStructure.OpenElement

    private typealias NameState = TagStructure.NameState

    /// An element closed early, on the stack of such elements of its name.
    private struct ClosedEarly {
        var close: TagStructure.EarlyClose
        /// 1 + the entry below it on the same name's stack (0: none).
        var below: Int32
        /// Not yet matched by a late end tag.
        var pending = true
    }

    /// Longest walk down the stack for one question; deeper nesting is not
    /// real HTML (Chromium stops nesting at 512) and must not make this slow.
    private static let walkLimit = 1024

    private var stack: [TagStructure.OpenElement] = []
    /// By name index (see ``init(tags:byName:memory:)``).
    private let byName: UnsafeMutableBufferPointer<TagStructure.NameState>
    private var closedEarly: [ClosedEarly] = []
    /// Whether ``NameState/laterStartTags`` and ``NameState/laterEndTags`` are counted.
    private var countsLaterTags = false

    /// A replay of `tags` keeping its per-name state in `byName`, which has
    /// room for every name of the page (``TagNames/count``), every entry
    /// empty, and is only valid during ``run()``.
    init(tags: [SourceTag], byName: UnsafeMutableBufferPointer<TagStructure.NameState>, memory: DiagnosticsMemory) {
        self.tags = tags
        events = DiagnosticsMemory.take(&memory.events)
        stack = DiagnosticsMemory.take(&memory.openElements)
        self.byName = byName
        stack.reserveCapacity(32)
    }

    /// Gives the stack's memory back to `memory` and hands over the events (both moved, not copied).
    mutating func finish(into memory: DiagnosticsMemory) -> [TagStructure.Event] {
        if stack.capacity <= DiagnosticsMemory.keptCapacityLimit { swap(&memory.openElements, &stack) }
        var found: [TagStructure.Event] = []
        swap(&found, &events)
        return found
    }

    /// How many end tags minus start tags of `name` come after the tag at
    /// `index`. The first question counts the tags after it, of every name;
    /// from then on each tag the replay reaches is taken off (most pages never ask).
    private mutating func laterTags(of name: TagName, after index: Int) -> Int32 {
        if !countsLaterTags {
            countsLaterTags = true
            for tag in tags[(index + 1)...] where !tag.droppedAtEndOfFile {
                if tag.isEndTag {
                    byName[tag.name.index].laterEndTags += 1
                } else {
                    byName[tag.name.index].laterStartTags += 1
                }
            }
        }
        return byName[name.index].laterEndTags - byName[name.index].laterStartTags
    }

    mutating func run() {
        for index in tags.indices where !tags[index].droppedAtEndOfFile {
            let tag = tags[index]
            if tag.isEndTag {
                if countsLaterTags { byName[tag.name.index].laterEndTags -= 1 }
                endTag(tag, at: index)
            } else {
                if countsLaterTags { byName[tag.name.index].laterStartTags -= 1 }
                startTag(tag, at: index)
            }
        }
        for element in stack where element.traits.requiresEndTag {
            events.append(.unclosed(start: element.tag, closedBy: nil))
        }
        for entry in closedEarly where entry.pending && tags[entry.close.start].traits.requiresEndTag {
            events.append(.unclosed(start: entry.close.start, closedBy: entry.close.closedBy))
        }
    }

    // MARK: Start tags

    private mutating func startTag(_ tag: SourceTag, at index: Int) {
        let name = tag.name
        let traits = tag.traits
        if tag.inForeignContent {
            if !tag.selfClosing { push(OpenElement(name: name, traits: traits, tag: index)) }
            return
        }
        // <html>, <head> and <body> may be left out or repeated; they never nest wrongly.
        if traits.contains(.documentTag) { return }
        // Only an open element of that name can be ended (most start tags have none open).
        if tag.attributes.isEmpty, !tag.selfClosing, byName[name.index].open > 0,
            let open = openElementEndedByRepeating(name, traits: traits, at: index)
        {
            events.append(.missingSlash(start: stack[open].tag, again: index))
            popAbove(open, by: index, endTag: true)
            pop()
            return
        }
        switch name {
        case .li:
            closeListItem(named: .listItem, by: index)
        case .dd, .dt:
            closeListItem(named: .definitionItems, by: index)
        case .a, .button:
            // A link inside a link (a button inside a button): the browser closes the first one.
            if let open = find(NameSet(name), boundaries: .scope) { close(at: open, by: index) }
        case .option:
            if stack.last?.name == .option { close(at: stack.count - 1, by: index) }
        case .optgroup:
            if stack.last?.name == .option { close(at: stack.count - 1, by: index) }
            if stack.last?.name == .optgroup { close(at: stack.count - 1, by: index) }
        case .rt, .rp:
            if let top = stack.last?.name, top == .rt || top == .rp { close(at: stack.count - 1, by: index) }
        case .td, .th:
            closeInTable(.cells, by: index)
        case .tr:
            closeInTable(.cells, by: index)
            closeInTable(.row, by: index)
        case .thead, .tbody, .tfoot, .caption, .colgroup:
            closeInTable(.cells, by: index)
            closeInTable(.row, by: index)
            closeInTable(.tableSections, by: index)
        default:
            break
        }
        if traits.contains(.closesParagraph), byName[TagName.p.index].open > 0,
            let paragraph = find(.paragraph, boundaries: .buttonScope)
        {
            close(at: paragraph, by: index)
        }
        if traits.contains(.heading), let top = stack.last, top.traits.contains(.heading) {
            // A heading inside a heading: the browser ends the first one.
            close(at: stack.count - 1, by: index)
        }
        if traits.contains(.void) { return }
        push(OpenElement(name: name, traits: traits, tag: index))
    }

    /// The open element that a bare start tag named `name` would only end:
    /// an open `<a>` or `<button>` (which cannot nest), or the current
    /// element when it is a heading or a text-level element of that name
    /// (``HTMLElementNames/notNestedInline``).
    private mutating func openElementEndedByRepeating(_ name: TagName, traits: TagTraits, at index: Int) -> Int? {
        // Only an open element of that name can be ended.
        let open = byName[name.index].open
        guard open > 0 else { return nil }
        // Enough end tags follow to close this one too: it is meant to nest.
        let unmatchedEndTags = laterTags(of: name, after: index)
        guard unmatchedEndTags < open + 1 else { return nil }
        if name == .a || name == .button {
            // The browser ends the open one anyway; only with no end tag left is the slash missing.
            guard unmatchedEndTags <= 0 else { return nil }
            return find(NameSet(name), boundaries: .scope)
        }
        if traits.contains(.notNestedInline), stack.last?.name == name { return stack.count - 1 }
        return nil
    }

    /// WHATWG: a new `<li>` (or `<dd>`/`<dt>`) ends an open one, looking
    /// through inline elements but not into other blocks.
    private mutating func closeListItem(named items: NameSet, by index: Int) {
        guard items.contains(where: { byName[$0.index].open > 0 }) else { return }
        var position = stack.count - 1
        var steps = 0
        while position >= 0, steps < Self.walkLimit {
            let element = stack[position]
            if items.contains(element.name) {
                close(at: position, by: index)
                return
            }
            if element.traits.contains(.special), element.name != .address, element.name != .div, element.name != .p {
                return
            }
            position -= 1
            steps += 1
        }
    }

    private mutating func closeInTable(_ items: NameSet, by index: Int) {
        if let open = find(items, boundaries: .tableScope) { close(at: open, by: index) }
    }

    // MARK: End tags

    private mutating func endTag(_ tag: SourceTag, at index: Int) {
        let name = tag.name
        let traits = tag.traits
        // `</br>`, `</img>`: reported by their own rule; they close nothing.
        if traits.contains(.void) { return }
        if name == .body || name == .html, !tag.inForeignContent {
            // Everything still open should have been closed before </body>.
            popAbove(-1, by: index, endTag: true)
            return
        }
        if traits.contains(.documentTag) { return }
        // Most end tags close the current element: it is what the search below would find first.
        if stack.last?.name == name {
            pop()
            return
        }
        let boundaries: Boundaries
        if tag.inForeignContent {
            boundaries = .foreign
        } else if name == .p {
            boundaries = .buttonScope
        } else if name == .li {
            boundaries = .listItemScope
        } else if traits.contains(.tablePart) {
            boundaries = .tableScope
        } else {
            boundaries = .scope
        }
        if let open = find(NameSet(name), boundaries: boundaries) {
            popAbove(open, by: index, endTag: true)
            pop()
            return
        }
        let top = Int(byName[name.index].closedEarlyTop) - 1
        if top >= 0 {
            let early = closedEarly[top].close
            closedEarly[top].pending = false
            byName[name.index].closedEarlyTop = closedEarly[top].below
            if early.closedByEndTag {
                events.append(.crossed(endTag: early.closedBy, inner: early.start))
            } else if !traits.requiresEndTag {
                events.append(.stray(endTag: index, closedEarly: early))
            } else {
                events.append(.late(endTag: index, start: early.start, closedBy: early.closedBy))
            }
            return
        }
        if let open = innermostRequired() {
            let openElement = stack[open]
            let bothHeadings = traits.contains(.heading) && openElement.traits.contains(.heading)
            let neverClosedLater = laterTags(of: openElement.name, after: index) <= 0
            if bothHeadings || neverClosedLater {
                events.append(.mismatched(endTag: index, open: stack[open].tag))
                popAbove(open, by: index, endTag: true)
                pop()
                return
            }
        }
        events.append(.stray(endTag: index, closedEarly: nil))
    }

    // MARK: Stack

    private mutating func push(_ element: OpenElement) {
        stack.append(element)
        byName[element.name.index].open += 1
    }

    @discardableResult
    private mutating func pop() -> OpenElement {
        let element = stack.removeLast()
        byName[element.name.index].open -= 1
        return element
    }

    /// The index of the innermost open element named one of `items`, not looking past a boundary.
    private func find(_ items: NameSet, boundaries: Boundaries) -> Int? {
        guard items.contains(where: { byName[$0.index].open > 0 }) else { return nil }
        var position = stack.count - 1
        var steps = 0
        while position >= 0, steps < Self.walkLimit {
            let element = stack[position]
            if items.contains(element.name) { return position }
            if !element.traits.isDisjoint(with: boundaries.traits) || boundaries.names.contains(element.name) {
                return nil
            }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// The innermost open element whose end tag is required, looking past
    /// elements with optional end tags but not past a scope boundary.
    private func innermostRequired() -> Int? {
        var position = stack.count - 1
        var steps = 0
        while position >= 0, steps < Self.walkLimit {
            let traits = stack[position].traits
            if traits.contains(.scopeBoundary) { return nil }
            if traits.requiresEndTag { return position }
            position -= 1
            steps += 1
        }
        return nil
    }

    /// Closes every element above `position`, remembering them as closed
    /// early by the tag at `index`; leaves the element at `position` on top.
    private mutating func popAbove(_ position: Int, by index: Int, endTag: Bool) {
        while stack.count - 1 > position {
            let element = pop()
            closedEarly.append(
                ClosedEarly(
                    close: TagStructure.EarlyClose(start: element.tag, closedBy: index, closedByEndTag: endTag),
                    below: byName[element.name.index].closedEarlyTop))
            byName[element.name.index].closedEarlyTop = Int32(closedEarly.count)
        }
    }

    /// A start tag at `index` implies the end of the element at `position`
    /// (and of everything inside it).
    private mutating func close(at position: Int, by index: Int) {
        popAbove(position, by: index, endTag: false)
        popAbove(position - 1, by: index, endTag: false)
    }
}
