/// A token of the HTML source, as the WHATWG tokenizer would produce it.
///
/// ``SAXTokenSource`` rebuilds these from libxml2's SAX events and the raw
/// source; ``TreeBuilder`` turns them into the tree a browser builds.
/// Offsets are UTF-8 byte offsets into the parsed text (`-1`: none).
enum HTMLToken {
    case startTag(StartTag)
    case endTag(name: String, offset: Int)
    case text(String, offset: Int)
    case comment(String, offset: Int)
    /// `forceQuirks`: the doctype is broken (a missing quote, cut off by the end of the file …).
    case doctype(name: String, publicID: String, systemID: String, forceQuirks: Bool, offset: Int)
    case endOfFile

    struct StartTag {
        var name: String
        var attributes: [HTMLAttribute]
        var selfClosing: Bool
        var offset: Int
    }
}
