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
        /// Lower-case name.
        let name: String
        /// The name's ``HTMLTag`` (`other` for names without one).
        let id: HTMLTag
        var attributes: [HTMLAttribute]
        var selfClosing: Bool
        var offset: Int

        init(name: String, attributes: [HTMLAttribute], selfClosing: Bool, offset: Int) {
            self.init(name: name, id: HTMLTag(name), attributes: attributes, selfClosing: selfClosing, offset: offset)
        }

        /// `id` must be `HTMLTag(name)`.
        init(name: String, id: HTMLTag, attributes: [HTMLAttribute], selfClosing: Bool, offset: Int) {
            self.name = name
            self.id = id
            self.attributes = attributes
            self.selfClosing = selfClosing
            self.offset = offset
        }
    }
}
