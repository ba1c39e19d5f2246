/// What kinds of tags a page has, gathered while it is tokenized, so that a
/// rule with nothing to look at on a page (most rules on most pages) is not
/// called (``PageFacts`` is made from it) instead of walking every tag.
///
/// Each fact is a superset of what its rule reports: when it is false, the
/// rule has no finding.
struct TagSummary: Sendable {
    /// The traits of every start tag a browser reads as HTML: complete
    /// (not dropped at the end of the file) and not inside `<svg>` or `<math>`.
    private(set) var htmlStartTagTraits: TagTraits = []
    /// One of those start tags has a name that is neither known nor obsolete.
    private(set) var hasUnknownHTMLStartTag = false
    /// The traits of every complete end tag outside `<svg>` and `<math>`.
    private(set) var htmlEndTagTraits: TagTraits = []
    /// A tag misses its `>` or is cut off by the end of the file.
    private(set) var hasIncompleteTag = false
    /// A complete start tag has more than one attribute.
    private(set) var hasSeveralAttributes = false
    /// An attribute value misses its closing quote (set by the tokenizer).
    var hasMissingClosingQuote = false
    /// `<html>`, `<head>` or `<body>` starts twice (start tags read as HTML).
    private(set) var repeatsDocumentTag = false
    /// Which of `<html>`, `<head>` and `<body>` started so far, as bits.
    private var documentTagsSeen: UInt8 = 0

    /// Takes note of the next tag of the page.
    @inline(__always)
    mutating func note(_ tag: SourceTag) {
        if tag.missingGreaterThan || tag.droppedAtEndOfFile { hasIncompleteTag = true }
        if tag.droppedAtEndOfFile { return }
        if tag.isEndTag {
            if !tag.inForeignContent { htmlEndTagTraits.formUnion(tag.traits) }
            return
        }
        if tag.attributes.count > 1 { hasSeveralAttributes = true }
        guard !tag.inForeignContent else { return }
        htmlStartTagTraits.formUnion(tag.traits)
        if tag.traits.isDisjoint(with: [.known, .obsolete]) { hasUnknownHTMLStartTag = true }
        if tag.traits.contains(.documentTag) {
            let bit: UInt8 = tag.name == .html ? 1 : tag.name == .head ? 2 : 4
            if documentTagsSeen & bit != 0 { repeatsDocumentTag = true }
            documentTagsSeen |= bit
        }
    }
}
