/// What a page has that rules look for, worked out once per page (from the
/// tokenizer's ``TagSummary``, the prologue and the nesting replay), so that
/// a rule with nothing to look at on a page (most rules on most pages) is not
/// even called: each rule says what it ``HTMLDiagnosticRule/needs``.
///
/// Each fact is a superset of what its rules report: without it, they have no finding.
struct PageFacts: OptionSet, Sendable {
    let rawValue: UInt16

    /// Every page: the rule looks at the tree.
    static let anyPage = PageFacts([])
    /// A tag or text comes before any doctype.
    static let contentBeforeDoctype = PageFacts(rawValue: 1 << 0)
    /// The replay found a nesting problem (``TagStructure/events`` is not empty).
    static let nestingProblem = PageFacts(rawValue: 1 << 1)
    /// An end tag of a void element (`</br>`) read as HTML.
    static let voidEndTag = PageFacts(rawValue: 1 << 2)
    /// An attribute value misses its closing quote.
    static let missingClosingQuote = PageFacts(rawValue: 1 << 3)
    /// A tag misses its `>` or is cut off by the end of the file.
    static let incompleteTag = PageFacts(rawValue: 1 << 4)
    /// A start tag has more than one attribute.
    static let severalAttributes = PageFacts(rawValue: 1 << 5)
    /// A start tag read as HTML has a name that is neither known nor obsolete.
    static let unknownStartTag = PageFacts(rawValue: 1 << 6)
    /// A start tag read as HTML is of an obsolete element.
    static let obsoleteStartTag = PageFacts(rawValue: 1 << 7)
    /// `<html>`, `<head>` or `<body>` starts twice.
    static let repeatedDocumentTag = PageFacts(rawValue: 1 << 8)
    /// The file ends inside a `<!--` comment.
    static let unclosedComment = PageFacts(rawValue: 1 << 9)

    /// The facts of a page's markup (its summary, prologue and unclosed comment) and
    /// whether its tags have a nesting problem.
    init(summary: TagSummary, prologue: Prologue, unclosedComment: Int?, hasNestingProblem: Bool) {
        var facts = PageFacts()
        if case .contentFirst = prologue { facts.insert(.contentBeforeDoctype) }
        if hasNestingProblem { facts.insert(.nestingProblem) }
        if summary.htmlEndTagTraits.contains(.void) { facts.insert(.voidEndTag) }
        if summary.hasMissingClosingQuote { facts.insert(.missingClosingQuote) }
        if summary.hasIncompleteTag { facts.insert(.incompleteTag) }
        if summary.hasSeveralAttributes { facts.insert(.severalAttributes) }
        if summary.hasUnknownHTMLStartTag { facts.insert(.unknownStartTag) }
        if summary.htmlStartTagTraits.contains(.obsolete) { facts.insert(.obsoleteStartTag) }
        if summary.repeatsDocumentTag { facts.insert(.repeatedDocumentTag) }
        if unclosedComment != nil { facts.insert(.unclosedComment) }
        self = facts
    }

    init(rawValue: UInt16) { self.rawValue = rawValue }
}
