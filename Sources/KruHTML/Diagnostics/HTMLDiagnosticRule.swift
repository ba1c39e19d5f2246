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

    init()

    func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter)
}

extension HTMLDiagnosticRule {
    /// Emits a finding of this rule at a byte offset of the source.
    func emit(
        _ message: @autoclosure () -> LocalizedText,
        at offset: Int,
        notes: @autoclosure () -> [LocalizedText] = [],
        in context: HTMLDiagnosticContext,
        into emitter: inout FindingEmitter
    ) {
        emit(message(), at: context.location(of: offset), notes: notes(), into: &emitter)
    }

    /// Emits a finding of this rule. Past ``HTMLDiagnostics/findingLimitPerRule``
    /// findings the message is not built: the finding only counts (rules emit
    /// in source order, and ``HTMLDiagnostics/run(on:)`` keeps the first ones).
    func emit(
        _ message: @autoclosure () -> LocalizedText,
        at location: SourceLocation?,
        notes: @autoclosure () -> [LocalizedText] = [],
        into emitter: inout FindingEmitter
    ) {
        guard emitter.findings.count < HTMLDiagnostics.findingLimitPerRule else {
            emitter.emit(Self.id, severity: Self.severity, HTMLDiagnostics.notSpelledOut, at: location)
            return
        }
        emitter.emit(Self.id, severity: Self.severity, message(), at: location, notes: notes())
    }
}

/// What rules see of a page: the browser-shaped tree, the raw source as
/// tokens with byte offsets, and the nesting problems of its tags.
struct HTMLDiagnosticContext: Sendable {
    let document: HTMLDocument
    let locator: SourceLocator
    /// Every token of the source in order.
    let tokens: [SourceToken]
    /// Every start and end tag of the source in order (tags the browser drops
    /// at the end of the file included; check ``SourceTag/droppedAtEndOfFile``).
    let tags: [SourceTag]
    let structure: TagStructure
    let treeTags: TreeTagIndex

    init(document: HTMLDocument) {
        self.document = document
        self.locator = SourceLocator(source: document.source, lines: document.lines)
        self.tokens = SourceTokenizer.tokenize(document.source)
        self.tags = tokens.compactMap { token in
            if case .tag(let tag) = token { return tag }
            return nil
        }
        self.structure = TagStructure(tags: tags)
        self.treeTags = TreeTagIndex(document: document, tags: tags, locator: locator)
    }

    func location(of offset: Int) -> SourceLocation { locator.location(ofByteOffset: offset) }

    func line(of offset: Int) -> Int { locator.line(ofByteOffset: offset) }

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
    static func of(_ tag: SourceTag) -> String { tag.isEndTag ? end(tag.name) : start(tag.name) }
}
