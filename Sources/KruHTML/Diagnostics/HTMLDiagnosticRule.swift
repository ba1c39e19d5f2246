import KruCore

/// One kind of beginner diagnostic. Each rule is one type in its own file; it
/// looks at the page through an ``HTMLDiagnosticContext`` and emits
/// ``Finding``s with its ``id``; it never prints.
protocol HTMLDiagnosticRule: Sendable {
    /// Stable identifier, for example `html.unclosed-element`.
    static var id: String { get }
    /// How serious the rule's findings are.
    static var severity: Severity { get }
    /// One line saying what the rule reports, for documentation.
    static var summary: LocalizedText { get }
    /// What a page must have for the rule to find anything: ``check(_:into:)`` is called
    /// only on pages with all of it.
    static var needs: PageFacts { get }

    /// Reports the rule's findings on a page that has what the rule ``needs`` (rules keep
    /// no state: nothing is made per page).
    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter)
}

extension HTMLDiagnosticRule {
    /// Emits a finding of this rule at a byte offset of the source.
    static func emit(
        _ message: @autoclosure () -> LocalizedText,
        at offset: Int,
        notes: @autoclosure () -> [LocalizedText] = [],
        in context: HTMLDiagnosticContext,
        into emitter: inout FindingEmitter
    ) {
        emit(message(), at: context.location(of: offset), notes: notes(), into: &emitter)
    }

    /// Emits a finding of this rule. Past ``HTMLDiagnostics/findingLimitPerRule``
    /// findings neither the message nor the location is worked out: the
    /// finding only counts (``HTMLDiagnostics/run(on:)`` keeps the first ones).
    static func emit(
        _ message: @autoclosure () -> LocalizedText,
        at location: @autoclosure () -> SourceLocation?,
        notes: @autoclosure () -> [LocalizedText] = [],
        into emitter: inout FindingEmitter
    ) {
        guard emitter.findings.count < HTMLDiagnostics.findingLimitPerRule else {
            emitter.emit(Self.id, severity: Self.severity, HTMLDiagnostics.notSpelledOut, at: nil)
            return
        }
        emitter.emit(Self.id, severity: Self.severity, message(), at: location(), notes: notes())
    }
}

/// What rules see of a page: the browser-shaped tree, the tags of the raw
/// source with byte offsets, and the nesting problems of its tags.
///
/// Built for a page and shared by every rule; what only some pages need
/// (the source as bytes, where tree elements were written) is worked out
/// on first use. Each thread keeps its last context and reads its next page
/// into it (``read(_:reusing:)``), so that a page allocates (and frees)
/// neither a context nor its arrays.
///
/// Only one page at a time on one thread uses a context: its fields need no exclusivity checks.
final class HTMLDiagnosticContext {
    /// The page (an empty one while the context is kept between pages).
    @exclusivity(unchecked) private(set) var document: HTMLDocument
    @exclusivity(unchecked) private(set) var markup: SourceMarkup
    @exclusivity(unchecked) private(set) var structure: TagStructure
    /// What the page has that rules look for.
    @exclusivity(unchecked) private(set) var facts: PageFacts
    @exclusivity(unchecked) private var sourceBytes: [UInt8]?
    @exclusivity(unchecked) private var treeTagIndex: TreeTagIndex?

    /// The context of a page; the replay's arrays come from `memory`.
    init(document: HTMLDocument, reusing memory: DiagnosticsMemory = DiagnosticsMemory()) {
        self.document = document
        let markup = SourceTokenizer.tokenize(document.source)
        let structure = TagStructure(tags: markup.tags, nameCount: markup.names.count, reusing: memory)
        facts = Self.facts(of: markup, structure: structure)
        self.markup = markup
        self.structure = structure
    }

    /// Makes this the context of another page, as ``init(document:reusing:)`` does, reusing
    /// the memory of its arrays.
    func read(_ document: HTMLDocument, reusing memory: DiagnosticsMemory) {
        self.document = document
        markup.removeAll()
        SourceTokenizer.tokenize(document.source, into: &markup)
        structure = TagStructure(tags: markup.tags, nameCount: markup.names.count, reusing: memory)
        facts = Self.facts(of: markup, structure: structure)
    }

    private static func facts(of markup: borrowing SourceMarkup, structure: borrowing TagStructure) -> PageFacts {
        PageFacts(
            summary: markup.summary, prologue: markup.prologue, unclosedComment: markup.unclosedComment,
            hasNestingProblem: !structure.events.isEmpty)
    }

    /// Lets go of the page, and of arrays too large to keep; gives the replay's events to
    /// `memory` (moved, not copied: the memory's own are empty while a page uses them).
    func release(into memory: DiagnosticsMemory) {
        document = Self.noPage
        sourceBytes = nil
        treeTagIndex = nil
        DiagnosticsMemory.give(&structure.events, to: &memory.events)
        if markup.tags.capacity > DiagnosticsMemory.keptCapacityLimit { markup.tags = [] }
        if markup.attributes.capacity > DiagnosticsMemory.keptCapacityLimit { markup.attributes = [] }
        // A page with a great many names of its own leaves none of them behind.
        if markup.names.count > DiagnosticsMemory.keptCapacityLimit { markup.names.removeAll() }
    }

    /// The page a kept context holds: none.
    private static let noPage = HTMLDocument(
        file: "", source: "", nodes: [HTMLNode(kind: .document, parent: nil, children: [], location: nil)],
        parserMessages: [])

    /// The source's UTF-8 bytes.
    var source: [UInt8] {
        if let sourceBytes { return sourceBytes }
        let bytes = Array(document.source.utf8)
        sourceBytes = bytes
        return bytes
    }

    /// Every start and end tag of the source in order (tags the browser drops
    /// at the end of the file included; check ``SourceTag/droppedAtEndOfFile``).
    var tags: [SourceTag] { markup.tags }

    /// The start tag of each element of the tree.
    var treeTags: TreeTagIndex {
        if let treeTagIndex { return treeTagIndex }
        let index = TreeTagIndex(document: document, markup: markup)
        treeTagIndex = index
        return index
    }

    /// The lower-case name of a tag.
    func name(of tag: SourceTag) -> String { markup.names[tag.name] }

    /// The lower-case name of an attribute as written.
    func name(of attribute: SourceAttribute) -> String {
        source.withUnsafeBufferPointer {
            TagNames.lowercasedString(UnsafeBufferPointer(rebasing: $0[attribute.nameOffset..<attribute.nameEnd]))
        }
    }

    /// The attributes of a tag, in source order.
    func attributes(of tag: SourceTag) -> ArraySlice<SourceAttribute> { markup.attributes[tag.attributes] }

    /// Whether an attribute's name holds a quote character (junk left by a broken quote).
    func nameHasQuote(_ attribute: SourceAttribute) -> Bool {
        source.withUnsafeBufferPointer {
            SourceTokenizer.containsQuote(attribute.nameOffset..<attribute.nameEnd, in: $0)
        }
    }

    func location(of offset: Int) -> SourceLocation { document.lines.location(ofByteOffset: offset) }

    func line(of offset: Int) -> Int { document.lines.line(ofByteOffset: offset) }

    /// Where a tree element's start tag begins: the exact `<` when its start
    /// tag is found in the source, else the parser's location.
    func location(of element: Element) -> SourceLocation? {
        if let tag = treeTags.startTag(of: element.id) { return location(of: tags[tag].start) }
        return element.location
    }
}

/// How tags are written in messages.
enum TagText {
    static func start(_ name: String) -> String { "<\(name)>" }
    static func end(_ name: String) -> String { "</\(name)>" }
    static func of(_ tag: SourceTag, in context: HTMLDiagnosticContext) -> String {
        tag.isEndTag ? end(context.name(of: tag)) : start(context.name(of: tag))
    }
}
