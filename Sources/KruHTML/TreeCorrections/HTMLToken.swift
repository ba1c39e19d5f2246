/// A token of the HTML source, as the WHATWG tokenizer would produce it.
///
/// ``TokenSource`` reads these from the source; ``TreeBuilder`` turns them
/// into the tree a browser builds.
/// Offsets are UTF-8 byte offsets into the parsed text (`-1`: none).
enum HTMLToken {
    case startTag(StartTag)
    /// `id`: the name's ``HTMLTag`` (`other` for names without one).
    case endTag(name: String, offset: Int, id: HTMLTag)
    case text(String, offset: Int)
    case comment(String, offset: Int)
    /// `forceQuirks`: the doctype is broken (a missing quote, cut off by the end of the file …).
    case doctype(name: String, publicID: String, systemID: String, forceQuirks: Bool, offset: Int)
    case endOfFile

    struct StartTag {
        /// The name's ``HTMLTag`` (`other` for names without one).
        let id: HTMLTag
        /// The lower-case name of an `other` tag ("" for the others).
        private let otherName: String
        /// The tag's attributes in ``TreeBuilder/attributes``.
        var attributes: Range<Int>
        var selfClosing: Bool
        var offset: Int

        /// Lower-case name.
        var name: String { id == .other ? otherName : id.name }

        init(name: String, attributes: Range<Int> = 0..<0, selfClosing: Bool = false, offset: Int) {
            self.init(name: name, id: HTMLTag(name), attributes: attributes, selfClosing: selfClosing, offset: offset)
        }

        /// `id` must be `HTMLTag(name)`; `name` is not used (may be "") when `id` is not `other`.
        init(name: String, id: HTMLTag, attributes: Range<Int>, selfClosing: Bool, offset: Int) {
            self.id = id
            self.otherName = id == .other ? name : ""
            self.attributes = attributes
            self.selfClosing = selfClosing
            self.offset = offset
        }
    }
}
