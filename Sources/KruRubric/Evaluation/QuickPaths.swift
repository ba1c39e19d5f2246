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

extension Element {
    /// `textContent`, without building a new string when the element holds exactly one text
    /// node (as most elements with text do): that node's text.
    var textContentQuickly: String {
        let nodes = document.nodes
        let children = nodes[id.index].children
        if children.count == 1, nodes[children[0].index].kind == .text { return nodes[children[0].index].text }
        return textContent
    }
}

extension Element {
    /// ``Element/location``, read in place (`location` copies the whole node first, with a
    /// retain and a release of each of its fields).
    var locationQuickly: SourceLocation? { document.nodes[id.index].location }
}
