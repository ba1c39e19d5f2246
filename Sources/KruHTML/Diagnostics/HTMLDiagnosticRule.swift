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

    /// Reports the rule's findings on a page (rules keep no state: nothing is made per page).
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
/// Built once per page and shared by every rule; what only some pages need
/// (where tree elements were written) is worked out
/// on first use.
final class HTMLDiagnosticContext {
    let document: HTMLDocument
    /// The source's UTF-8 bytes.
    private(set) lazy var source = Array(document.source.utf8)
    let markup: SourceMarkup
    /// Every start and end tag of the source in order (tags the browser drops
    /// at the end of the file included; check ``SourceTag/droppedAtEndOfFile``).
    let tags: [SourceTag]
    let structure: TagStructure

    /// The start tag of each element of the tree.
    private(set) lazy var treeTags = TreeTagIndex(document: document, markup: markup)

    /// The context of a page; its arrays come from `memory`.
    init(document: HTMLDocument, reusing memory: DiagnosticsMemory = DiagnosticsMemory()) {
        self.document = document
        self.markup = SourceTokenizer.tokenize(document.source, reusing: memory)
        self.tags = markup.tags
        self.structure = TagStructure(tags: markup.tags, nameCount: markup.names.count, reusing: memory)
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
