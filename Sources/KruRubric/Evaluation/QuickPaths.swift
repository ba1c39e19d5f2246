import KruCore
import KruHTML

extension String {
    /// `trimmingHTMLWhitespace()`, answered without looking up Unicode properties when the
    /// text begins and ends with a scalar that is never white space (printable ASCII or
    /// Khmer), as most texts do.
    func trimmingHTMLWhitespaceQuickly() -> String {
        var text = self
        let untouched = text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            // The first scalar: printable ASCII, or Khmer (E1 9E xx, E1 9F xx).
            let startsVisible = (0x21...0x7E).contains(first)
                || (bytes.count >= 3 && first == 0xE1 && (bytes[1] == 0x9E || bytes[1] == 0x9F))
            // The last scalar: printable ASCII, or a three-byte Khmer scalar.
            let endsVisible = (0x21...0x7E).contains(last)
                || (bytes.count >= 3 && bytes[bytes.count - 3] == 0xE1
                    && (bytes[bytes.count - 2] == 0x9E || bytes[bytes.count - 2] == 0x9F))
            return startsVisible && endsVisible
        }
        // Printable ASCII and the Khmer block (U+1780…U+17FF) hold no White_Space scalar.
        return untouched ? self : trimmingHTMLWhitespace()
    }
}

extension HTMLDocument {
    /// Runs `body` on the page's nodes, read in place. Reading a node's computed field (its
    /// name, text, location or an attribute) through the `Array` subscript copies the whole
    /// node first, with a retain and a release of the tables it points to; a buffer lends it.
    @inline(__always)
    func withNodes<Result>(_ body: (UnsafeBufferPointer<HTMLNode>) -> Result) -> Result {
        nodes.withUnsafeBufferPointer(body)
    }
}

extension Element {
    /// `textContent`, without building a new string when the element holds exactly one text
    /// node (as most elements with text do): that node's text.
    var textContentQuickly: String {
        let single: String? = document.withNodes { nodes in
            let children = nodes[id.index].children
            guard children.count == 1, nodes[children[0].index].kind == .text else { return nil }
            return nodes[children[0].index].text
        }
        return single ?? textContent
    }

    /// ``Element/parent``, read in place (`parent` copies the node and its parent's node).
    var parentQuickly: Element? {
        let nodes = document.nodes
        guard let parent = nodes[id.index].parent, nodes[parent.index].kind == .element else { return nil }
        return Element(document: document, id: parent)
    }

    /// ``Element/location``, read in place (`location` copies the whole node first, with a
    /// retain and a release of each of its fields).
    var locationQuickly: SourceLocation? { document.withNodes { $0[id.index].location } }
}
